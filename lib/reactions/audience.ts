/**
 * How the audience score reads wherever it shows (pages, cards, share images, JSON-LD): pure
 * helpers with no server imports, so every place agrees on when an average is shown and how.
 */
import { MINIMUM_RATINGS_FOR_AVERAGE, RATINGS, type AudienceSummary, type Rating, type ReaderReview } from './types'

export const AUDIENCE_RATING_MAX = 10
export const AUDIENCE_RATING_MIN = 1

/** The average readers may see, or null under the minimum number of ratings. */
export function shownAverage(summary: Pick<AudienceSummary, 'count' | 'average'>): number | null {
  if (summary.count < MINIMUM_RATINGS_FOR_AVERAGE || typeof summary.average !== 'number') return null
  return Number.isFinite(summary.average) ? summary.average : null
}

/** "8.4": always one decimal, so 8 reads "8.0". */
export function formatAudienceAverage(average: number): string {
  return (Math.round(average * 10) / 10).toFixed(1)
}

/** "1 rating", "23 ratings", "No ratings yet". */
export function ratingsCountLabel(count: number): string {
  if (count <= 0) return 'No ratings yet'
  return count === 1 ? '1 rating' : `${count.toLocaleString('en-GB')} ratings`
}

/** The histogram highest rating first, with each rating's share of the total in whole percent. */
export function histogramRows(summary: Pick<AudienceSummary, 'count' | 'histogram'>) {
  return [...RATINGS].reverse().map((rating: Rating) => {
    const count = summary.histogram[`${rating}`] ?? 0
    const percent = summary.count > 0 ? Math.round((count / summary.count) * 100) : 0
    return { rating, count, percent }
  })
}

/**
 * The start of a long review, for pages that list several: cut at the last word boundary within
 * `length` characters. Null when the whole text fits.
 */
export function reviewExcerpt(body: string, length: number): string | null {
  if (body.length <= length) return null
  const cut = body.slice(0, length)
  const boundary = cut.search(/\s\S*$/)
  return `${(boundary > length / 2 ? cut.slice(0, boundary) : cut).trimEnd()}…`
}

/**
 * The last episode a spoiler-flagged reader review may give away: its episode for an episode
 * review; for a series review the episodes its reader had watched, or the whole series when unsaid.
 */
export function readerReviewRevealsUpTo(
  review: Pick<ReaderReview, 'episodesWatched'>,
  scope: { episodeNumber?: number | null; episodeCount?: number | null },
): number | null {
  if (typeof scope.episodeNumber === 'number') return scope.episodeNumber
  if (typeof review.episodesWatched === 'number' && review.episodesWatched >= 1) return review.episodesWatched
  return typeof scope.episodeCount === 'number' && scope.episodeCount >= 1 ? scope.episodeCount : null
}

/** The subject whose audience score a critic's review card shows: its series or its episode, else none. */
export function reviewAudienceSubject(review: {
  kind?: string | null
  series?: { _id?: string | null } | null
  episode?: { _id?: string | null } | null
}): string | null {
  if (review.kind === 'series') return review.series?._id ?? null
  if (review.kind === 'episode') return review.episode?._id ?? null
  return null
}
