/**
 * A series page as schema.org `TVSeries`: its names, dates, episode count, cast and directors,
 * its episodes, our critic's series review nested as `review`, and the readers' ratings as
 * `aggregateRating` (the critic's score is never averaged in).
 */
import type { Book, TVEpisode, TVSeries, WithContext } from 'schema-dts'

import { episodePath, seriesPath } from '@/lib/routes'

import { cleanDeep, cleanText, summarize } from '../clean-text'
import { absoluteUrl } from '../site-url'
import { type AudienceRatingInput, audienceRatingNode } from './audience-rating'
import { type NestedReviewInput, nestedReviewNode } from './review'
import {
  type ContentImageSource,
  type PersonReference,
  imageAbsoluteUrl,
  isoDate,
  portableTextSummary,
  uniquePeople,
  withoutEmpty,
} from './shared'

export interface SeriesSeoInput {
  title?: string | null
  originalTitle?: string | null
  slug?: string | null
  year?: number | null
  tagline?: string | null
  country?: string | null
  genres?: Array<string | null> | null
  episodeCount?: number | null
  premiereDate?: string | null
  finaleDate?: string | null
  poster?: ContentImageSource | null
  synopsis?: ReadonlyArray<{ _type: string }> | null
  basedOn?: { title?: string | null; author?: string | null; year?: number | null } | null
  arcs?: ReadonlyArray<{ directors?: ReadonlyArray<PersonReference | null> | null }> | null
  episodes?: ReadonlyArray<{
    number?: number | null
    title?: string | null
    airDate?: string | null
    directors?: ReadonlyArray<PersonReference | null> | null
  }> | null
  cast?: ReadonlyArray<{ actor?: PersonReference | null }> | null
  seriesReview?: NestedReviewInput | null
}

function sourceWorkNode(basedOn: SeriesSeoInput['basedOn']): Book | undefined {
  const name = cleanText(basedOn?.title)
  if (!name) return undefined
  const author = cleanText(basedOn?.author)
  return withoutEmpty<Book>({
    '@type': 'Book',
    name,
    author: author ? { '@type': 'Person', name: author } : undefined,
    datePublished: basedOn?.year ? String(basedOn.year) : undefined,
  })
}

export function tvSeriesJsonLd(
  series: SeriesSeoInput,
  audience?: AudienceRatingInput | null,
  { listEpisodes = true }: { listEpisodes?: boolean } = {},
): WithContext<TVSeries> | null {
  const name = cleanText(series.title)
  if (!name || !series.slug) return null
  const slug = series.slug
  const episodes = series.episodes ?? []
  const directors = uniquePeople([
    ...(series.arcs ?? []).flatMap((arc) => arc.directors ?? []),
    ...episodes.flatMap((episode) => episode.directors ?? []),
  ])
  const episodeNodes = episodes.flatMap((episode): TVEpisode[] =>
    typeof episode.number === 'number'
      ? [
          withoutEmpty<TVEpisode>({
            '@type': 'TVEpisode',
            episodeNumber: episode.number,
            name: cleanText(episode.title) ?? `Episode ${episode.number}`,
            url: absoluteUrl(episodePath(slug, episode.number)),
            datePublished: isoDate(episode.airDate),
          }),
        ]
      : [],
  )

  return cleanDeep(
    withoutEmpty<WithContext<TVSeries>>({
      '@context': 'https://schema.org',
      '@type': 'TVSeries',
      name,
      alternateName: cleanText(series.originalTitle) ?? undefined,
      url: absoluteUrl(seriesPath(slug)),
      description: summarize(series.tagline) ?? portableTextSummary(series.synopsis) ?? undefined,
      image: imageAbsoluteUrl(series.poster, 800),
      genre: (series.genres ?? []).map(cleanText).filter((genre): genre is string => genre !== null),
      countryOfOrigin: cleanText(series.country) ? { '@type': 'Country', name: cleanText(series.country)! } : undefined,
      startDate: isoDate(series.premiereDate) ?? (series.year ? String(series.year) : undefined),
      endDate: isoDate(series.finaleDate),
      numberOfEpisodes: series.episodeCount ?? (episodes.length || undefined),
      actor: uniquePeople((series.cast ?? []).map((character) => character.actor)),
      director: directors,
      episode: listEpisodes ? episodeNodes : undefined,
      isBasedOn: sourceWorkNode(series.basedOn),
      review: nestedReviewNode(series.seriesReview),
      aggregateRating: audienceRatingNode(audience),
    }),
  )
}
