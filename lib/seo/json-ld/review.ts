/**
 * A critic's review as schema.org `Review`, within Google's review-snippet rules: one named
 * author (the critic, a `Person`), an `itemReviewed` that is the series or the episode itself,
 * a `reviewRating` on our 0-10 scale, and the date it was published. The rating is always our own
 * critic's score; nothing is averaged from other sites or from readers.
 */
import type { Article, Rating, Review, TVEpisode, TVSeries, WithContext } from 'schema-dts'

import type { ReviewKind } from '@/lib/review-kinds'
import { roundScore, SCORE_MAX, SCORE_MIN } from '@/lib/score'
import { episodePath, hrefForDocument, seriesPath } from '@/lib/routes'

import { cleanDeep, cleanText, summarize } from '../clean-text'
import { absoluteUrl } from '../site-url'
import {
  type ContentImageSource,
  type PersonReference,
  imageAbsoluteUrl,
  isoDate,
  personNode,
  withoutEmpty,
} from './shared'

export interface ReviewedSeries {
  title?: string | null
  slug?: string | null
  year?: number | null
  poster?: ContentImageSource | null
}

export interface ReviewSeoInput {
  kind?: ReviewKind | null
  title?: string | null
  slug?: string | null
  publishedAt?: string | null
  updatedAt?: string | null
  score?: number | null
  verdict?: string | null
  firstEpisode?: number | null
  lastEpisode?: number | null
  critic?: PersonReference | null
  series?: ReviewedSeries | null
  /** The episode an `episode` review covers. */
  episode?: { number?: number | null; title?: string | null; airDate?: string | null } | null
}

/** Our critic's review as the page's own item carries it (`review` of a TVSeries or TVEpisode). */
export interface NestedReviewInput {
  title?: string | null
  slug?: string | null
  publishedAt?: string | null
  score?: number | null
  verdict?: string | null
  critic?: PersonReference | null
}

/** The nested `Review`, or undefined unless it has a score, a critic and a publication date. */
export function nestedReviewNode(review: NestedReviewInput | null | undefined): Review | undefined {
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

export function ratingNode(score: number): Rating {
  return { '@type': 'Rating', ratingValue: roundScore(score), bestRating: SCORE_MAX, worstRating: SCORE_MIN }
}

function seriesNode(series: ReviewedSeries): TVSeries | null {
  const name = cleanText(series.title)
  if (!name) return null
  return withoutEmpty<TVSeries>({
    '@type': 'TVSeries',
    name,
    url: series.slug ? absoluteUrl(seriesPath(series.slug)) : undefined,
    image: imageAbsoluteUrl(series.poster, 800),
    startDate: series.year ? String(series.year) : undefined,
  })
}

/** What a review is about: the one episode an episode review covers, otherwise the series. */
export function reviewedItem(review: ReviewSeoInput): TVSeries | TVEpisode | null {
  const series = review.series ? seriesNode(review.series) : null
  if (!series) return null
  const number = review.episode?.number ?? review.firstEpisode
  if (review.kind === 'episode' && typeof number === 'number') {
    return withoutEmpty<TVEpisode>({
      '@type': 'TVEpisode',
      name: cleanText(review.episode?.title) ?? `Episode ${number}`,
      episodeNumber: number,
      url: review.series?.slug ? absoluteUrl(episodePath(review.series.slug, number)) : undefined,
      datePublished: isoDate(review.episode?.airDate),
      partOfSeries: series,
    })
  }
  return series
}

/**
 * The `Review` node, or null when the review cannot qualify as one (no score, no critic, nothing
 * reviewed): Google drops review markup missing any of those, and an unscored piece is an article.
 */
export function reviewJsonLd(review: ReviewSeoInput): WithContext<Review> | null {
  const node = nestedReviewNode(review)
  const itemReviewed = reviewedItem(review)
  if (!node || !itemReviewed) return null
  return cleanDeep(
    withoutEmpty<WithContext<Review>>({
      '@context': 'https://schema.org',
      ...(node as Exclude<Review, string>),
      dateModified: isoDate(review.updatedAt) ?? isoDate(review.publishedAt),
      itemReviewed,
    }),
  )
}

/**
 * A review without a score (an ending explained) is an `Article` about the series: marking it up
 * as a `Review` with no rating would be invalid review markup.
 */
export function unscoredReviewJsonLd(review: ReviewSeoInput): WithContext<Article> | null {
  const headline = cleanText(review.title)
  if (!headline) return null
  const path = hrefForDocument({ _type: 'review', slug: review.slug })
  const author = personNode(review.critic, 'critic')
  const datePublished = isoDate(review.publishedAt)
  return cleanDeep(
    withoutEmpty<WithContext<Article>>({
      '@context': 'https://schema.org',
      '@type': 'Article',
      headline,
      url: path ? absoluteUrl(path) : undefined,
      description: summarize(review.verdict) ?? undefined,
      author: author ?? undefined,
      datePublished,
      dateModified: isoDate(review.updatedAt) ?? datePublished,
      about: reviewedItem(review) ?? undefined,
      image: imageAbsoluteUrl(review.series?.poster, 800),
    }),
  )
}
