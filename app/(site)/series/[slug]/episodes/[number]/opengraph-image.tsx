import { contentFetch } from '@/lib/content/fetch'
import { EPISODE_CARD_QUERY } from '@/lib/content/seo-queries'
import { bundledImageDataUrl } from '@/lib/og/bundled-image'
import { cardNotFound } from '@/lib/og/not-found-card'
import { renderShareCard } from '@/lib/og/render-share-card'
import { CARD_SIZE } from '@/lib/og/ShareCard'
import { cardSiteName } from '@/lib/og/site-name'
import { readSubjectAudience } from '@/lib/reactions/page-reads'

export const alt = 'The episode title, our episode score and the readers’ score'
export const size = CARD_SIZE
export const contentType = 'image/png'

export default async function EpisodeShareImage({ params }: { params: Promise<{ slug: string; number: string }> }) {
  const { slug, number: segment } = await params
  // Same rule as the page: "5" is an episode, "05" or "five" is not.
  if (!/^[1-9]\d{0,3}$/.test(segment)) return cardNotFound()
  const [episode, siteName] = await Promise.all([
    contentFetch({ query: EPISODE_CARD_QUERY, params: { slug, number: Number(segment) }, perspective: 'published' }),
    cardSiteName(),
  ])
  if (!episode?.series?.title || typeof episode.number !== 'number') return cardNotFound()
  const of = episode.series.episodeCount ? ` of ${episode.series.episodeCount}` : ''
  return renderShareCard({
    kicker: `${episode.series.title} · Episode ${episode.number}${of}`,
    title: episode.title ?? `Episode ${episode.number}`,
    detail: episode.series.year ? `${episode.series.title} (${episode.series.year})` : episode.series.title,
    score: episode.review?.score,
    scoreCaption: 'Episode score',
    audience: await readSubjectAudience(episode._id),
    imageSrc: await bundledImageDataUrl(episode.series.poster),
    siteName,
  })
}
