'use client'

import { useActionState, type ReactNode } from 'react'

import { type ModerationFormState, NO_ERROR } from '@/lib/moderation/form-state'

/**
 * A moderation form around a server action. Without JavaScript it posts to `permalink` (its own
 * page), which comes back with the refusal; with it, the refusal shows in place. Success redirects.
 */
export function ActionForm({
  action,
  permalink,
  label,
  className,
  children,
}: {
  action: (previous: ModerationFormState, form: FormData) => Promise<ModerationFormState>
  permalink: string
  /** Names the form for assistive technology. */
  label: string
  className?: string
  children: ReactNode
}) {
  const [state, formAction] = useActionState(action, NO_ERROR, permalink)
  return (
    <form action={formAction} aria-label={label} className={className}>
      {children}
      {state.error ? (
        <p role="alert" className="mt-2 font-semibold text-accent">
          {state.error}
        </p>
      ) : null}
    </form>
  )
}
