/**
 * An episode page as schema.org `TVEpisode`: number, title, air date, runtime and crew, linked to
 * its `TVSeries`, with our critic's episode review nested as `review` when it has a score.
 */
import type { Review, TVEpisode, WithContext } from 'schema-dts'

import { episodePath, hrefForDocument, seriesPath } from '@/lib/routes'

import { cleanDeep, cleanText, summarize } from '../clean-text'
import { absoluteUrl } from '../site-url'
import { ratingNode } from './review'
import { type ContentImageSource, type PersonReference, imageAbsoluteUrl, isoDate, personNode, portableTextSummary, uniquePeople, withoutEmpty } from './shared'

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
  review?: {
    title?: string | null
    slug?: string | null
    publishedAt?: string | null
    score?: number | null
    verdict?: string | null
    critic?: PersonReference | null
  } | null
}

function episodeReviewNode(review: EpisodeSeoInput['review']): Review | undefined {
  if (!review || typeof review.score !== 'number') return undefined
  const author = personNode(review.critic, 'critic')
  const datePublished = isoDate(review.publishedAt)
  if (!author || !datePublished) return undefined
  const path = hrefForDocument({ _type: 'review', slug: review.slug })
  return withoutEmpty<Review>({
    '@type': 'Review',
    name: cleanText(review.title) ?? undefined,
    url: path ? absoluteUrl(path) : undefined,
    reviewBody: summarize(review.verdict, 300) ?? undefined,
    reviewRating: ratingNode(review.score),
    author,
    datePublished,
  })
}

export function tvEpisodeJsonLd(episode: EpisodeSeoInput): WithContext<TVEpisode> | null {
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
      review: episodeReviewNode(episode.review),
    }),
  )
}
