import { contentFetch } from '@/lib/content/fetch'
import { SERIES_CARD_QUERY } from '@/lib/content/seo-queries'
import { bundledImageDataUrl } from '@/lib/og/bundled-image'
import { cardNotFound } from '@/lib/og/not-found-card'
import { renderShareCard } from '@/lib/og/render-share-card'
import { CARD_SIZE } from '@/lib/og/ShareCard'
import { cardSiteName } from '@/lib/og/site-name'
import { readSubjectAudience } from '@/lib/reactions/page-reads'

export const alt = 'The series title, our series score and the readers’ score'
export const size = CARD_SIZE
export const contentType = 'image/png'

export default async function SeriesShareImage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params
  const [series, siteName] = await Promise.all([
    contentFetch({ query: SERIES_CARD_QUERY, params: { slug }, perspective: 'published' }),
    cardSiteName(),
  ])
  if (!series?.title) return cardNotFound()
  const detail = [series.year, series.country, series.episodeCount ? `${series.episodeCount} episodes` : null]
    .filter(Boolean)
    .join(' · ')
  return renderShareCard({
    kicker: 'Series',
    title: series.title,
    detail: detail || series.tagline,
    score: series.seriesReview?.score,
    scoreCaption: 'Series score',
    audience: await readSubjectAudience(series._id),
    imageSrc: await bundledImageDataUrl(series.poster),
    siteName,
  })
}
