import type { Metadata } from 'next'

import { hrefForDocument, oembedPath } from '@/lib/routes'

import { firstText } from '../clean-text'
import { type ReviewSeoInput, reviewJsonLd, unscoredReviewJsonLd } from '../json-ld/review'
import { buildMetadata } from '../metadata'
import { absoluteUrl } from '../site-url'

/**
 * `generateMetadata` of /reviews/[slug]: an article with its critic and dates; a scored review also
 * announces its oEmbed answer, so a link pasted into a tool that speaks oEmbed shows the score card.
 */
export function reviewPageMetadata(review: ReviewSeoInput): Metadata {
  const path = hrefForDocument({ _type: 'review', slug: review.slug }) ?? '/reviews'
  const about = review.series?.title
    ? `A review of ${review.series.title}${review.series.year ? ` (${review.series.year})` : ''}.`
    : null
  return buildMetadata({
    title: review.title,
    description: firstText(review.verdict, about),
    path,
    type: 'article',
    publishedTime: review.publishedAt,
    modifiedTime: review.updatedAt ?? review.publishedAt,
    authors: [review.critic?.name],
    alternates:
      typeof review.score === 'number' && review.slug
        ? {
            'application/json+oembed': [{ url: absoluteUrl(oembedPath(absoluteUrl(path))), title: review.title }],
          }
        : undefined,
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
