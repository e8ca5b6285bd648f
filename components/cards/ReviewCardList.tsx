import type { AudienceSummary } from '@/lib/reactions/types'

import type { HeadingLevel } from './CardHeading'
import { ReviewCard, type ReviewCardReview } from './ReviewCard'

export interface ReviewCardListItem {
  review: ReviewCardReview & { _id: string }
  /** The readers' score beside the critic's, where the review has one (see reviewAudienceSubject). */
  audience?: AudienceSummary | null
}

/**
 * A grid of review cards. A server component: as a client component the page's inline payload
 * carried each review as data instead of its rendered card (home page 64.3 kB → 56.2 kB), but
 * hydrating the cards cost more main-thread time on a phone than the bytes saved (mobile TBT
 * 1,096 → 1,347 ms, perf 71 → 68; see docs/performance.md).
 */
export function ReviewCardList({
  items,
  columns = 2,
  ordered = false,
  showSeries = true,
  headingLevel = 3,
}: {
  items: ReviewCardListItem[]
  /** Columns on wide screens: two, or three on the widest. */
  columns?: 2 | 3
  /** An ordered list, for a ranking. */
  ordered?: boolean
  showSeries?: boolean
  headingLevel?: HeadingLevel
}) {
  const List = ordered ? 'ol' : 'ul'
  return (
    <List className={columns === 3 ? 'grid gap-4 md:grid-cols-2 xl:grid-cols-3' : 'grid gap-4 md:grid-cols-2'}>
      {items.map(({ review, audience }) => (
        <li key={review._id} className="grid">
          <ReviewCard review={review} audience={audience} showSeries={showSeries} headingLevel={headingLevel} />
        </li>
      ))}
    </List>
  )
}
