import { signIn } from '@/lib/moderation/actions'
import { MODERATOR_NAME_MAX } from '@/lib/moderation/session'

import { ActionForm } from './ActionForm'
import { inputClass, primaryButtonClass } from './styles'

/** The moderators' sign-in; after it, the moderator lands on the page they asked for (`returnTo`). */
export function SignInForm({ returnTo }: { returnTo: string }) {
  return (
    <section aria-labelledby="moderation-sign-in" className="max-w-md">
      <h1 id="moderation-sign-in" className="mb-4 font-serif text-3xl font-semibold">
        Moderators’ sign-in
      </h1>
      <ActionForm action={signIn} permalink={returnTo} label="Sign in" className="space-y-4">
        <input type="hidden" name="returnTo" value={returnTo} />
        <div>
          <label htmlFor="moderator-name" className="block font-semibold">
            Your name
          </label>
          <p id="moderator-name-hint" className="text-sm text-ink-muted">
            Recorded with every action you take.
          </p>
          <input
            id="moderator-name"
            name="name"
            required
            maxLength={MODERATOR_NAME_MAX}
            autoComplete="nickname"
            aria-describedby="moderator-name-hint"
            className={inputClass}
          />
        </div>
        <div>
          <label htmlFor="moderation-secret" className="block font-semibold">
            Moderation secret
          </label>
          <input
            id="moderation-secret"
            name="secret"
            type="password"
            required
            autoComplete="current-password"
            className={inputClass}
          />
        </div>
        <button type="submit" className={primaryButtonClass}>
          Sign in
        </button>
      </ActionForm>
    </section>
  )
}
