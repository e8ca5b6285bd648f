/**
 * The readers' ratings of a series or an episode as schema.org `AggregateRating`, within Google's
 * review-snippet rules: ratings from this site's readers only (never the critic's score, never
 * another site's), with the count, on the 1-10 scale readers rate on, and only from the minimum
 * number of ratings the pages show an average at.
 */
import type { AggregateRating } from 'schema-dts'

import { AUDIENCE_RATING_MAX, AUDIENCE_RATING_MIN, shownAverage } from '@/lib/reactions/audience'
import type { AudienceSummary } from '@/lib/reactions/types'

export type AudienceRatingInput = Pick<AudienceSummary, 'count' | 'average'>

export function audienceRatingNode(summary: AudienceRatingInput | null | undefined): AggregateRating | undefined {
  const average = summary ? shownAverage(summary) : null
  if (!summary || average === null) return undefined
  return {
    '@type': 'AggregateRating',
    ratingValue: Math.round(average * 10) / 10,
    ratingCount: summary.count,
    bestRating: AUDIENCE_RATING_MAX,
    worstRating: AUDIENCE_RATING_MIN,
  }
}
