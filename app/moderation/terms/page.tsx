import type { Metadata } from 'next'

import { ActionForm } from '@/components/moderation/ActionForm'
import { formatDateTime } from '@/components/moderation/format'
import { CsrfField, ModeratorFrame, SignedOut } from '@/components/moderation/ModeratorFrame'
import { inputClass, primaryButtonClass } from '@/components/moderation/styles'
import { saveHeldTerms } from '@/lib/moderation/actions'
import { requestAccess } from '@/lib/moderation/access'
import { getModerationService } from '@/lib/reactions/moderation-service'
import { moderationPath } from '@/lib/routes'

export const metadata: Metadata = { title: 'Held terms' }

export default async function ModerationTermsPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>
}) {
  const path = moderationPath('terms')
  const access = await requestAccess()
  if (access.state !== 'signed-in') return <SignedOut access={access} returnTo={path} />
  const [{ terms, lastChange }, { saved }] = await Promise.all([
    (await getModerationService()).heldTerms(),
    searchParams,
  ])
  return (
    <ModeratorFrame access={access} current="terms" path={path}>
      <h1 className="mb-4 font-serif text-3xl font-semibold">Held terms</h1>
      <p className="mb-4">
        A comment or reader review containing one of these words or phrases (whole words, any case) waits for a
        moderator instead of being published.
      </p>
      <p className="mb-4 text-sm text-ink-muted">
        {lastChange ? (
          <>
            Last changed by {lastChange.by} on <time dateTime={lastChange.at}>{formatDateTime(lastChange.at)}</time>.
          </>
        ) : (
          'The default list: no moderator has changed it yet.'
        )}
      </p>
      {saved ? (
        <p role="status" className="mb-4 font-semibold">
          Saved.
        </p>
      ) : null}
      <ActionForm action={saveHeldTerms} permalink={path} label="Held terms" className="space-y-3">
        <CsrfField access={access} />
        <label htmlFor="held-terms" className="block font-semibold">
          One term a line
        </label>
        <textarea id="held-terms" name="terms" rows={12} defaultValue={terms.join('\n')} className={inputClass} />
        <button type="submit" className={primaryButtonClass}>
          Save the terms
        </button>
      </ActionForm>
    </ModeratorFrame>
  )
}
