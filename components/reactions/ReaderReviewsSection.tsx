import type { ReactNode } from 'react'

import { IntentLink } from '@/components/links/IntentLink'
import { reviewExcerpt } from '@/lib/reactions/audience'
import type { AudienceSummary, ReaderReview } from '@/lib/reactions/types'

import { AudienceScore } from './AudienceScore'
import { ReaderReviewList } from './ReaderReviewList'

export interface ReaderReviewsSectionProps {
  summary: AudienceSummary
  /** The most helpful few, as readTopReaderReviews returns them. */
  reviews: ReaderReview[]
  /** How many published reader reviews there are in all. */
  total: number
  /** The all-reviews page (readerReviewsPath). */
  allReviewsHref: string
  seriesSlug: string | null | undefined
  /** On an episode page: its number, the episode its reviews may give away. */
  episodeNumber?: number | null
  episodeCount?: number | null
  /** Where readers write their own review. */
  writeSlot?: ReactNode
  /** This page's path, for votes sent without JavaScript to come back to. */
  returnPath: string
}

/** Cards here show the start of each review; the whole one is a click away, and the page stays light. */
const READER_REVIEW_EXCERPT_LENGTH = 300

/** "Reader reviews" on a series or episode page: the audience score, the most helpful reviews, a link to all. */
export function ReaderReviewsSection({
  summary,
  reviews,
  total,
  allReviewsHref,
  seriesSlug,
  episodeNumber,
  episodeCount,
  writeSlot,
  returnPath,
}: ReaderReviewsSectionProps) {
  const shown = reviews.map((review) => {
    const excerpt = reviewExcerpt(review.body, READER_REVIEW_EXCERPT_LENGTH)
    return { ...review, body: excerpt ?? review.body, truncated: excerpt !== null }
  })
  return (
    <section aria-labelledby="reader-reviews" className="space-y-6">
      <h2 id="reader-reviews" className="text-2xl">
        Reader reviews
      </h2>
      <AudienceScore summary={summary} />
      {writeSlot}
      {reviews.length > 0 ? (
        <ReaderReviewList
          reviews={shown}
          seriesSlug={seriesSlug}
          episodeNumber={episodeNumber}
          episodeCount={episodeCount}
          returnPath={returnPath}
          label="Most helpful reader reviews"
          reportable={false}
        />
      ) : (
        <p className="text-ink-muted">No reader reviews yet.</p>
      )}
      {total > 0 ? (
        <p>
          <IntentLink href={allReviewsHref} className="font-semibold text-accent">
            All {total.toLocaleString('en-GB')} reader {total === 1 ? 'review' : 'reviews'}
          </IntentLink>
        </p>
      ) : null}
    </section>
  )
}
