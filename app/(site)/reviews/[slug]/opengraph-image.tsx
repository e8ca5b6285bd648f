import { contentFetch } from '@/lib/content/fetch'
import { REVIEW_CARD_QUERY } from '@/lib/content/seo-queries'
import { bundledImageDataUrl } from '@/lib/og/bundled-image'
import { cardNotFound } from '@/lib/og/not-found-card'
import { renderShareCard } from '@/lib/og/render-share-card'
import { CARD_SIZE } from '@/lib/og/ShareCard'
import { cardSiteName } from '@/lib/og/site-name'

export const alt = 'The review headline, its critic and score'
export const size = CARD_SIZE
export const contentType = 'image/png'

const KIND_LABELS: Record<string, string> = {
  series: 'Series review',
  'first-impressions': 'First impressions',
  episode: 'Episode review',
  'ending-explained': 'Ending explained',
}

export default async function ReviewShareImage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params
  const [review, siteName] = await Promise.all([
    contentFetch({ query: REVIEW_CARD_QUERY, params: { slug }, perspective: 'published' }),
    cardSiteName(),
  ])
  if (!review?.title) return cardNotFound()
  const kind = (review.kind && KIND_LABELS[review.kind]) || 'Review'
  const covers =
    review.kind !== 'series' && typeof review.firstEpisode === 'number'
      ? review.lastEpisode && review.lastEpisode !== review.firstEpisode
        ? `Episodes ${review.firstEpisode}–${review.lastEpisode}`
        : `Episode ${review.firstEpisode}`
      : null
  return renderShareCard({
    kicker: [kind, review.critic].filter(Boolean).join(' · '),
    title: review.title,
    detail: [review.series?.title, covers].filter(Boolean).join(' · '),
    score: review.score,
    scoreCaption: review.critic ? `${review.critic}’s score` : 'Our score',
    imageSrc: await bundledImageDataUrl(review.series?.poster),
    siteName,
  })
}
