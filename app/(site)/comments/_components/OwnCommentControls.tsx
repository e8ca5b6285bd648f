'use client'

import { useActionState } from 'react'

import { CommentForm } from '@/components/comments/CommentForm'
import { deleteReaderComment, type DeleteCommentState } from '@/lib/reactions/comment-actions'
import type { CommentFormValues } from '@/lib/reactions/comment-form-state'
import { readerCommentPath } from '@/lib/routes'

/** Edit and delete forms for the author, within the edit window; both work without JavaScript. */
export function OwnCommentControls({
  commentId,
  asksAboutLaterEpisodes,
  values,
}: {
  commentId: string
  asksAboutLaterEpisodes: boolean
  values: CommentFormValues
}) {
  const pagePath = readerCommentPath(commentId)
  const [deleteState, deleteAction, deleting] = useActionState(deleteReaderComment, {} as DeleteCommentState, pagePath)
  return (
    <div className="space-y-8">
      <section aria-labelledby="edit-comment" className="space-y-4">
        <h2 id="edit-comment" className="text-2xl">
          Edit your comment
        </h2>
        <CommentForm
          mode="edit"
          commentId={commentId}
          initialValues={values}
          label="Edit your comment"
          asksAboutLaterEpisodes={asksAboutLaterEpisodes}
          pagePath={pagePath}
        />
      </section>
      <section aria-labelledby="delete-comment" className="space-y-3">
        <h2 id="delete-comment" className="text-2xl">
          Delete your comment
        </h2>
        <form action={deleteAction} className="space-y-3 font-sans">
          <input type="hidden" name="id" value={commentId} />
          <div role="alert">
            {deleteState.error ? (
              <p className="rounded-md border border-accent bg-accent-soft p-3 font-semibold">
                Your comment was not deleted: {deleteState.error}
              </p>
            ) : null}
          </div>
          <button
            type="submit"
            disabled={deleting}
            className="inline-flex min-h-11 items-center rounded border border-accent px-4 py-2 font-semibold
              text-accent hover:bg-accent hover:text-on-accent disabled:opacity-60"
          >
            {deleting ? 'Deleting…' : 'Delete comment'}
          </button>
        </form>
      </section>
    </div>
  )
}
