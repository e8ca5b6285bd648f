'use client'

import { DeleteOwnPost } from '@/components/reactions/DeleteOwnPost'
import { ReviewForm } from '@/components/reactions/ReviewForm'
import { deleteReaderReview } from '@/lib/reactions/actions'
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
      <DeleteOwnPost noun="review" id={reviewId} pagePath={pagePath} action={deleteReaderReview} />
    </div>
  )
}
