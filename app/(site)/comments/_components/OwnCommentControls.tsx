'use client'

import { DeleteOwnPost } from '@/components/reactions/DeleteOwnPost'
import { CommentForm } from '@/components/comments/CommentForm'
import { deleteReaderComment } from '@/lib/reactions/comment-actions'
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
      <DeleteOwnPost noun="comment" id={commentId} pagePath={pagePath} action={deleteReaderComment} />
    </div>
  )
}
