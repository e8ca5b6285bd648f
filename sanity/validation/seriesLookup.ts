import { getDraftId, getPublishedId, type SanityClient } from 'sanity'

export interface SeriesFacts {
  title: string | null
  episodeCount: number | null
  finaleDate: string | null
}

/**
 * The series a document points at, as the editor currently sees it: its draft when one exists
 * (the editor may have just raised the episode count), else the published version.
 */
export const SERIES_FACTS_QUERY =
  'coalesce(*[_id == $seriesDraftId][0], *[_id == $seriesId][0]){title, episodeCount, finaleDate}'

export function seriesParams(seriesRef: string): { seriesId: string; seriesDraftId: string } {
  const seriesId = getPublishedId(seriesRef)
  return { seriesId, seriesDraftId: getDraftId(seriesId) }
}

export async function fetchSeriesFacts(client: SanityClient, seriesRef: string): Promise<SeriesFacts | null> {
  return client.fetch<SeriesFacts | null>(SERIES_FACTS_QUERY, seriesParams(seriesRef), {
    tag: 'validation.series-facts',
  })
}

export function seriesName(series: SeriesFacts | null): string {
  return series?.title ? `"${series.title}"` : 'This series'
}
