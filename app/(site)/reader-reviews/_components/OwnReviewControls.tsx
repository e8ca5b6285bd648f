'use client'

import { useActionState } from 'react'

import { ReviewForm } from '@/components/reactions/ReviewForm'
import { deleteReaderReview, type DeleteState } from '@/lib/reactions/actions'
import type { ReviewFormValues } from '@/lib/reactions/form-state'
import { readerReviewPath } from '@/lib/routes'

/** Edit and delete forms for the author, within the edit window; both work without JavaScript. */
export function OwnReviewControls({
  reviewId,
  subjectTitle,
  kind,
  episodeCount,
  values,
}: {
  reviewId: string
  subjectTitle: string
  kind: 'series' | 'episode'
  episodeCount: number | null
  values: ReviewFormValues
}) {
  const pagePath = readerReviewPath(reviewId)
  const [deleteState, deleteAction, deleting] = useActionState(deleteReaderReview, {} as DeleteState, pagePath)
  return (
    <div className="space-y-8">
      <section aria-labelledby="edit-review" className="space-y-4">
        <h2 id="edit-review" className="text-2xl">
          Edit your review
        </h2>
        <ReviewForm
          mode="edit"
          reviewId={reviewId}
          subject=""
          subjectTitle={subjectTitle}
          kind={kind}
          episodeCount={episodeCount}
          initialValues={values}
          pagePath={pagePath}
        />
      </section>
      <section aria-labelledby="delete-review" className="space-y-3">
        <h2 id="delete-review" className="text-2xl">
          Delete your review
        </h2>
        <form action={deleteAction} className="space-y-3 font-sans">
          <input type="hidden" name="id" value={reviewId} />
          <div role="alert">
            {deleteState.error ? (
              <p className="rounded-md border border-accent bg-accent-soft p-3 font-semibold">
                Your review was not deleted: {deleteState.error}
              </p>
            ) : null}
          </div>
          <button
            type="submit"
            disabled={deleting}
            className="inline-flex min-h-11 items-center rounded border border-accent px-4 py-2 font-semibold
              text-accent hover:bg-accent hover:text-on-accent disabled:opacity-60"
          >
            {deleting ? 'Deleting…' : 'Delete review'}
          </button>
        </form>
      </section>
    </div>
  )
}
