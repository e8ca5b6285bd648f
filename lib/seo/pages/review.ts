import type { Metadata } from 'next'

import { hrefForDocument } from '@/lib/routes'

import { firstText } from '../clean-text'
import { type ReviewSeoInput, reviewJsonLd, unscoredReviewJsonLd } from '../json-ld/review'
import { buildMetadata } from '../metadata'

/** `generateMetadata` of /reviews/[slug]: an article with its critic and dates. */
export function reviewPageMetadata(review: ReviewSeoInput): Metadata {
  const about = review.series?.title
    ? `A review of ${review.series.title}${review.series.year ? ` (${review.series.year})` : ''}.`
    : null
  return buildMetadata({
    title: review.title,
    description: firstText(review.verdict, about),
    path: hrefForDocument({ _type: 'review', slug: review.slug }) ?? '/reviews',
    type: 'article',
    publishedTime: review.publishedAt,
    modifiedTime: review.updatedAt ?? review.publishedAt,
    authors: [review.critic?.name],
  })
}

/**
 * A `Review` when the piece has a score, otherwise an `Article` about the series; with the number
 * of published reader comments under it, when there are any.
 */
export function reviewPageJsonLd(review: ReviewSeoInput, { commentCount = 0 }: { commentCount?: number } = {}) {
  const node = typeof review.score === 'number' ? reviewJsonLd(review) : unscoredReviewJsonLd(review)
  return [node && commentCount > 0 ? { ...node, commentCount } : node]
}
