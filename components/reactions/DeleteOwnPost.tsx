'use client'

import { useActionState } from 'react'

import type { DeletePostState } from '@/lib/reactions/form-state'

/** The author's delete form for their review or comment, on its own page; works without JavaScript. */
export function DeleteOwnPost({
  noun,
  id,
  pagePath,
  action,
}: {
  noun: 'review' | 'comment'
  id: string
  pagePath: string
  action: (previous: DeletePostState, form: FormData) => Promise<DeletePostState>
}) {
  const [state, deleteAction, deleting] = useActionState(action, {}, pagePath)
  return (
    <section aria-labelledby={`delete-${noun}`} className="space-y-3">
      <h2 id={`delete-${noun}`} className="text-2xl">
        Delete your {noun}
      </h2>
      <form action={deleteAction} className="space-y-3 font-sans">
        <input type="hidden" name="id" value={id} />
        <div role="alert">
          {state.error ? (
            <p className="rounded-md border border-accent bg-accent-soft p-3 font-semibold">
              Your {noun} was not deleted: {state.error}
            </p>
          ) : null}
        </div>
        <button
          type="submit"
          disabled={deleting}
          className="inline-flex min-h-11 items-center rounded border border-accent px-4 py-2 font-semibold text-accent hover:bg-accent hover:text-on-accent disabled:opacity-60"
        >
          {deleting ? 'Deleting…' : `Delete ${noun}`}
        </button>
      </form>
    </section>
  )
}
