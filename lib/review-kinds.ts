/**
 * The kinds of review an editor can write, each with the one label readers and editors see. The
 * Studio's options, the pages, the feed and the share cards all read it from here.
 */
export const REVIEW_KINDS = [
  { value: 'series', title: 'Series review' },
  { value: 'first-impressions', title: 'First impressions' },
  { value: 'episode', title: 'Episode review' },
  { value: 'ending-explained', title: 'Ending explained' },
] as const

export type ReviewKind = (typeof REVIEW_KINDS)[number]['value']

/** "Series review"; "Review" for a kind this list does not know. */
export function reviewKindLabel(kind: string | null | undefined): string {
  return REVIEW_KINDS.find((option) => option.value === kind)?.title ?? 'Review'
}

/** "Episode 5", "Episodes 1–2", or null when no episode is named. */
export function episodeRangeLabel(first: number | null | undefined, last: number | null | undefined): string | null {
  if (typeof first !== 'number') return null
  if (typeof last !== 'number' || last === first) return `Episode ${first}`
  return `Episodes ${first}–${last}`
}

/** The episodes a review covers, for its kicker: none for a whole-series review. */
export function coveredEpisodesLabel(review: {
  kind?: string | null
  firstEpisode?: number | null
  lastEpisode?: number | null
}): string | null {
  return review.kind === 'series' ? null : episodeRangeLabel(review.firstEpisode, review.lastEpisode)
}
