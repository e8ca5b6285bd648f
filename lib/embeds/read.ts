import 'server-only'
/**
 * Loads a review's embed. Always the published perspective, whatever the request: an embed shows
 * the published review even in draft mode, and a review that exists only as a draft has none.
 */
import { contentFetch } from '@/lib/content/fetch'
import { EMBED_REVIEW_QUERY, EMBED_REVIEW_SLUGS_QUERY } from '@/lib/content/queries'
import { cardSiteName } from '@/lib/og/site-name'

import { type ReviewEmbed, reviewEmbed } from './review-embed'

export async function readReviewEmbed(slug: string): Promise<ReviewEmbed | null> {
  const [review, siteName] = await Promise.all([
    contentFetch({ query: EMBED_REVIEW_QUERY, params: { slug }, perspective: 'published' }),
    cardSiteName(),
  ])
  return reviewEmbed(review, siteName)
}

/** The slugs of every review that has embeds, for the routes' static params. */
export async function embeddableReviewSlugs(): Promise<string[]> {
  const reviews = await contentFetch({ query: EMBED_REVIEW_SLUGS_QUERY, perspective: 'published' })
  return reviews.flatMap(({ slug }) => (slug ? [slug] : []))
}
