/**
 * An episode page as schema.org `TVEpisode`: number, title, air date, runtime and crew, linked to
 * its `TVSeries`, with our critic's episode review nested as `review` when it has a score and the
 * readers' ratings as `aggregateRating`.
 */
import type { TVEpisode, WithContext } from 'schema-dts'

import { episodePath, seriesPath } from '@/lib/routes'

import { cleanDeep, cleanText } from '../clean-text'
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

export interface EpisodeSeoInput {
  number?: number | null
  title?: string | null
  airDate?: string | null
  runtimeMinutes?: number | null
  synopsis?: ReadonlyArray<{ _type: string }> | null
  directors?: ReadonlyArray<PersonReference | null> | null
  writers?: ReadonlyArray<PersonReference | null> | null
  series?: {
    title?: string | null
    slug?: string | null
    year?: number | null
    episodeCount?: number | null
    poster?: ContentImageSource | null
  } | null
  review?: NestedReviewInput | null
}

export function tvEpisodeJsonLd(
  episode: EpisodeSeoInput,
  audience?: AudienceRatingInput | null,
): WithContext<TVEpisode> | null {
  const seriesName = cleanText(episode.series?.title)
  const seriesSlug = episode.series?.slug
  const number = episode.number
  if (!seriesName || !seriesSlug || typeof number !== 'number') return null
  return cleanDeep(
    withoutEmpty<WithContext<TVEpisode>>({
      '@context': 'https://schema.org',
      '@type': 'TVEpisode',
      name: cleanText(episode.title) ?? `Episode ${number}`,
      episodeNumber: number,
      url: absoluteUrl(episodePath(seriesSlug, number)),
      description: portableTextSummary(episode.synopsis) ?? undefined,
      datePublished: isoDate(episode.airDate),
      timeRequired: episode.runtimeMinutes ? `PT${Math.round(episode.runtimeMinutes)}M` : undefined,
      director: uniquePeople([...(episode.directors ?? [])]),
      author: uniquePeople([...(episode.writers ?? [])]),
      image: imageAbsoluteUrl(episode.series?.poster, 800),
      partOfSeries: withoutEmpty({
        '@type': 'TVSeries' as const,
        name: seriesName,
        url: absoluteUrl(seriesPath(seriesSlug)),
        numberOfEpisodes: episode.series?.episodeCount ?? undefined,
      }),
      review: nestedReviewNode(episode.review),
      aggregateRating: audienceRatingNode(audience),
    }),
  )
}
