import { contentFetch } from '@/lib/content/fetch'
import { REVIEW_CARD_QUERY } from '@/lib/content/seo-queries'
import { bundledImageDataUrl } from '@/lib/og/bundled-image'
import { cardNotFound } from '@/lib/og/not-found-card'
import { renderShareCard } from '@/lib/og/render-share-card'
import { CARD_SIZE } from '@/lib/og/ShareCard'
import { cardSiteName } from '@/lib/og/site-name'
import { coveredEpisodesLabel, reviewKindLabel } from '@/lib/review-kinds'

export const alt = 'The review headline, its critic and score'
export const size = CARD_SIZE
export const contentType = 'image/png'

export default async function ReviewShareImage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params
  const [review, siteName] = await Promise.all([
    contentFetch({ query: REVIEW_CARD_QUERY, params: { slug }, perspective: 'published' }),
    cardSiteName(),
  ])
  if (!review?.title) return cardNotFound()
  return renderShareCard({
    kicker: [reviewKindLabel(review.kind), review.critic].filter(Boolean).join(' · '),
    title: review.title,
    detail: [review.series?.title, coveredEpisodesLabel(review)].filter(Boolean).join(' · '),
    score: review.score,
    scoreCaption: review.critic ? `${review.critic}’s score` : 'Our score',
    imageSrc: await bundledImageDataUrl(review.series?.poster),
    siteName,
  })
}
