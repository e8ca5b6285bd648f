/**
 * Which episode a piece of text gives away. The site hides text past the reader's spoiler shield by
 * these numbers, and the Studio uses the same defaults when it checks what editors left unmarked.
 */

export interface ReviewScope {
  kind?: string | null
  firstEpisode?: number | null
  lastEpisode?: number | null
  spoilerLevel?: string | null
}

function episodeOrNull(value: number | null | undefined): number | null {
  return typeof value === 'number' && Number.isInteger(value) && value >= 1 ? value : null
}

/**
 * What a review's title and verdict reveal when the editor has not said: an episode review its
 * episode, first impressions their last episode, an ending explained the series' last episode.
 * A whole-series review reveals nothing unless marked: its plot turns live in spoiler blocks.
 */
export function defaultReviewRevealsUpTo(review: ReviewScope, episodeCount: number | null | undefined): number | null {
  switch (review.kind) {
    case 'episode':
      return episodeOrNull(review.firstEpisode)
    case 'first-impressions':
      return episodeOrNull(review.lastEpisode)
    case 'ending-explained':
      return episodeOrNull(episodeCount) ?? episodeOrNull(review.lastEpisode)
    default:
      return null
  }
}

/** The editor's marker when set, else the default for the kind of review. */
export function reviewRevealsUpTo(
  marker: number | null | undefined,
  review: ReviewScope,
  episodeCount: number | null | undefined,
): number | null {
  return episodeOrNull(marker) ?? defaultReviewRevealsUpTo(review, episodeCount)
}

/**
 * What a review's running text reveals outside its spoiler blocks: the episodes it covers, or the
 * whole series for a series review that declares full spoilers.
 */
export function reviewBodyRevealsUpTo(review: ReviewScope, episodeCount: number | null | undefined): number | null {
  if (review.kind === 'series') return review.spoilerLevel === 'full' ? episodeOrNull(episodeCount) : null
  return defaultReviewRevealsUpTo(review, episodeCount)
}

/**
 * Whether a series may still gain episodes or plot, so unmarked text on it is a risk: no finale
 * date yet, or a finale on or after `today` (YYYY-MM-DD).
 */
export function isStillAiring(series: { finaleDate?: string | null } | null | undefined, today: string): boolean {
  if (!series) return false
  return !series.finaleDate || series.finaleDate >= today
}
