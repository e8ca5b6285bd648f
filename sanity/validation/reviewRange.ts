import type { ValidationContext } from 'sanity'
import { type ReviewKind, reviewKindLabel } from '@/lib/review-kinds'
import { fetchSeriesFacts, seriesName } from './seriesLookup'
import { studioQueryClient } from './studioQueryClient'

interface ReviewFields {
  kind?: ReviewKind
  series?: { _ref?: string }
  firstEpisode?: number
  lastEpisode?: number
}

function reviewOf(context: ValidationContext): ReviewFields {
  return (context.document ?? {}) as ReviewFields
}

/** Only a whole-series review may leave the covered episodes empty. */
export function coveredEpisodeRequired(which: 'first' | 'last') {
  return (value: unknown, context: ValidationContext): true | string => {
    const { kind } = reviewOf(context)
    if (value !== undefined || kind === undefined || kind === 'series') return true
    return which === 'first'
      ? 'Which episode does this review start at? Only a whole-series review can leave this empty.'
      : 'Which episode does this review end at? For a single episode, use the same number as the first episode.'
  }
}

/** The range reads forwards, and an episode review covers exactly one episode. */
export function lastEpisodeMatchesKind(last: unknown, context: ValidationContext): true | string {
  const { kind, firstEpisode } = reviewOf(context)
  if (typeof last !== 'number' || typeof firstEpisode !== 'number') return true
  if (last < firstEpisode) return `The last episode (${last}) comes before the first (${firstEpisode}). Swap them.`
  if (kind === 'episode' && last !== firstEpisode) {
    const runKinds = `"${reviewKindLabel('first-impressions')}" or "${reviewKindLabel('series')}"`
    return (
      `An episode review covers one episode, so the last episode must equal the first (${firstEpisode}). For a ` +
      `run of episodes, choose ${runKinds}.`
    )
  }
  return true
}

/**
 * The covered episodes exist in the series, and first impressions stop before the end
 * (a review of every episode is a series review). Reads the series' episode count.
 */
export async function coveredEpisodesInsideSeries(value: unknown, context: ValidationContext): Promise<true | string> {
  const review = reviewOf(context)
  const seriesRef = review.series?._ref
  if (typeof value !== 'number' || !seriesRef) return true

  const series = await fetchSeriesFacts(studioQueryClient(context), seriesRef)
  const count = series?.episodeCount
  if (typeof count !== 'number') return true

  if (value > count) {
    return (
      `${seriesName(series)} has ${count} episodes, so episode ${value} does not exist. Use a number from 1 to ` +
      `${count}.`
    )
  }
  const { kind, firstEpisode, lastEpisode } = review
  const isLastField = context.path?.[context.path.length - 1] === 'lastEpisode'
  if (
    isLastField &&
    kind === 'first-impressions' &&
    typeof firstEpisode === 'number' &&
    typeof lastEpisode === 'number'
  ) {
    const covered = lastEpisode - firstEpisode + 1
    if (covered >= count) {
      return (
        `First impressions cover part of a series, but this covers all ${count} episodes. End earlier, or make ` +
        `it a series review.`
      )
    }
  }
  return true
}
