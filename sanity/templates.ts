import type { InitialValueResolverContext, Template } from 'sanity'
import { reviewKindLabel } from '@/lib/review-kinds'
import { seriesParams } from './validation/seriesLookup'
import { studioQueryClient } from './validation/studioQueryClient'

interface SeriesTemplateParams {
  seriesId: string
}

interface EpisodeDefaults {
  runtime: number | null
  lastNumber: number | null
}

const EPISODE_DEFAULTS_QUERY = `{
  "runtime": coalesce(*[_id == $seriesDraftId][0], *[_id == $seriesId][0]).episodeRuntimeMinutes,
  "lastNumber": math::max(*[_type == "episode" && series._ref == $seriesId].number)
}`

function seriesReference(seriesId: string) {
  return { _type: 'reference' as const, _ref: seriesId }
}

/** Template ids the Studio structure uses inside a series. */
export const EPISODE_IN_SERIES = 'episode-in-series'
export const EPISODE_REVIEW_IN_SERIES = 'episode-review-in-series'
export const CHARACTER_IN_SERIES = 'character-in-series'

/**
 * "Episode" created inside a series: points at the series, takes the next free number and the
 * series' usual runtime, so the editor starts with only the title to write.
 */
export const episodeInSeries: Template<SeriesTemplateParams> = {
  id: EPISODE_IN_SERIES,
  title: 'Episode',
  schemaType: 'episode',
  parameters: [{ name: 'seriesId', type: 'string' }],
  value: async (params: SeriesTemplateParams | undefined, context: InitialValueResolverContext) => {
    if (!params?.seriesId) return {}
    const { seriesId, seriesDraftId } = seriesParams(params.seriesId)
    const defaults = await studioQueryClient(context).fetch<EpisodeDefaults>(EPISODE_DEFAULTS_QUERY, {
      seriesId,
      seriesDraftId,
    })
    return {
      series: seriesReference(seriesId),
      number: (defaults.lastNumber ?? 0) + 1,
      ...(typeof defaults.runtime === 'number' ? { runtimeMinutes: defaults.runtime } : {}),
    }
  },
}

/**
 * "Episode review" created inside a series: points at the series, marked as an episode review
 * with light spoilers; given an episode number, covers exactly that episode.
 */
export const episodeReviewInSeries: Template<SeriesTemplateParams & { episodeNumber?: number }> = {
  id: EPISODE_REVIEW_IN_SERIES,
  title: reviewKindLabel('episode'),
  schemaType: 'review',
  parameters: [
    { name: 'seriesId', type: 'string' },
    { name: 'episodeNumber', type: 'number' },
  ],
  value: (params: (SeriesTemplateParams & { episodeNumber?: number }) | undefined) => {
    if (!params?.seriesId) return { kind: 'episode', spoilerLevel: 'light' }
    const episodeNumber = params.episodeNumber
    return {
      kind: 'episode',
      spoilerLevel: 'light',
      series: seriesReference(seriesParams(params.seriesId).seriesId),
      ...(typeof episodeNumber === 'number' ? { firstEpisode: episodeNumber, lastEpisode: episodeNumber } : {}),
    }
  },
}

/** A character created inside a series belongs to it. */
export const characterInSeries: Template<SeriesTemplateParams> = {
  id: CHARACTER_IN_SERIES,
  title: 'Character',
  schemaType: 'character',
  parameters: [{ name: 'seriesId', type: 'string' }],
  value: (params: SeriesTemplateParams | undefined) =>
    params?.seriesId ? { series: seriesReference(seriesParams(params.seriesId).seriesId) } : {},
}

export const templates = (previous: Template[]): Template[] => [
  ...previous,
  episodeInSeries,
  episodeReviewInSeries,
  characterInSeries,
]
