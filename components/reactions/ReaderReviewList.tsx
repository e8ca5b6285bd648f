'use client'

import { readerReviewRevealsUpTo } from '@/lib/reactions/audience'
import type { ReaderReview } from '@/lib/reactions/types'

import { ReaderReviewCard } from './ReaderReviewCard'
import { VoteButtons } from './VoteButtons'

export interface ReaderReviewListProps {
  /** Each review as shown: a long one already cut to its start (`truncated`). */
  reviews: (ReaderReview & { truncated: boolean })[]
  seriesSlug: string | null | undefined
  episodeNumber?: number | null
  episodeCount?: number | null
  /** The page the list is on, where a vote sent without JavaScript comes back to. */
  returnPath: string
  /** Names the list when no heading right above it does. */
  label?: string
  /**
   * Offer "Report" on each card. The few shown on a series or episode page leave it to the
   * review's own page, one link away, and keep the page light.
   */
  reportable?: boolean
}

/**
 * Reader reviews with their vote buttons: the most helpful few on a series or episode page, or a
 * page of the all-reviews list. A client component so that the
 * page's inline payload carries the reviews as data, not as a rendered tree of every card: the
 * server still renders the same HTML, and cached pages stay light.
 */
export function ReaderReviewList({
  reviews,
  seriesSlug,
  episodeNumber,
  episodeCount,
  returnPath,
  label,
  reportable = true,
}: ReaderReviewListProps) {
  return (
    <ol className="space-y-4" aria-label={label}>
      {reviews.map(({ truncated, ...review }) => (
        <li key={review.id}>
          <ReaderReviewCard
            review={review}
            seriesSlug={seriesSlug}
            revealsUpTo={readerReviewRevealsUpTo(review, { episodeNumber, episodeCount })}
            episodeCount={episodeCount}
            truncated={truncated}
            reportReturnTo={reportable ? `${returnPath}#reader-review-${review.id}` : undefined}
            actions={
              <VoteButtons
                reviewId={review.id}
                helpful={review.helpful}
                notHelpful={review.notHelpful}
                returnTo={`${returnPath}#reader-review-${review.id}`}
              />
            }
          />
        </li>
      ))}
    </ol>
  )
}
