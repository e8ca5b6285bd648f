import type { ValidationContext } from 'sanity'
import { isStillAiring, reviewRevealsUpTo } from '@/lib/spoilers/reveals'
import { fetchSeriesFacts, seriesName } from './seriesLookup'
import { studioQueryClient } from './studioQueryClient'

/** Text longer than this is prose that can carry plot, so it should say which episode it reveals. */
export const LONG_TEXT_CHARACTERS = 80

interface SeriesDocument {
  series?: { _ref?: string }
  kind?: string
  firstEpisode?: number
  lastEpisode?: number
}

function documentOf(context: ValidationContext): SeriesDocument {
  return (context.document ?? {}) as SeriesDocument
}

function seriesFactsFor(context: ValidationContext) {
  const seriesRef = documentOf(context).series?._ref
  return seriesRef ? fetchSeriesFacts(studioQueryClient(context), seriesRef) : Promise.resolve(null)
}

/** A "reveals up to episode" marker names an episode of the document's series. */
export async function revealsUpToFitsSeries(value: unknown, context: ValidationContext): Promise<true | string> {
  if (typeof value !== 'number') return true
  if (!documentOf(context).series?._ref) return 'Choose the series first: the marker counts that series\u2019 episodes.'
  const series = await seriesFactsFor(context)
  const count = series?.episodeCount
  if (typeof count === 'number' && value > count) {
    return (
      `${seriesName(series)} has ${count} episodes, so text can reveal up to episode ${count} at most. ` +
      `Use a number from 1 to ${count}.`
    )
  }
  return true
}

/** Where a text field's marker lives: a sibling field of the same object, or a rule of its own. */
export type MarkerOf = (context: ValidationContext) => number | null | undefined

/** The marker in a field beside the text, in the same object (an aspect score) or document. */
export function siblingMarker(field: string): MarkerOf {
  return (context) => {
    const value = (context.parent as Record<string, unknown> | undefined)?.[field]
    return typeof value === 'number' ? value : null
  }
}

/** A review's title or verdict marker, falling back to the default for its kind. */
export function reviewMarker(field: string): MarkerOf {
  return (context) => {
    const review = context.document as (SeriesDocument & Record<string, unknown>) | undefined
    if (!review) return null
    const marker = review[field]
    // The ending-explained default needs the episode count; any count makes it non-empty.
    return reviewRevealsUpTo(typeof marker === 'number' ? marker : null, review, Number.MAX_SAFE_INTEGER)
  }
}

/**
 * A warning, not an error: long text with no marker on a series that is still airing may give away
 * an episode some readers have not seen, and the spoiler shield cannot hide what is not marked.
 */
export function markerAdvisedWhileAiring(markerOf: MarkerOf, fieldLabel: string) {
  return async (value: unknown, context: ValidationContext): Promise<true | string> => {
    if (typeof value !== 'string' || value.trim().length <= LONG_TEXT_CHARACTERS) return true
    if (typeof markerOf(context) === 'number') return true
    const series = await seriesFactsFor(context)
    if (!isStillAiring(series, new Date().toISOString().slice(0, 10))) return true
    return (
      `${seriesName(series)} is still airing. If this ${fieldLabel} gives away any plot, ` +
      'set "Reveals up to episode" so the spoiler shield can hide it from readers who are behind.'
    )
  }
}
