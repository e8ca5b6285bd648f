import { contentFetch } from '@/lib/content/fetch'
import { ARTICLE_CARD_QUERY } from '@/lib/content/seo-queries'
import { cardNotFound } from '@/lib/og/not-found-card'
import { renderSectionCard } from '@/lib/og/section-card'
import { CARD_SIZE } from '@/lib/og/ShareCard'

export const alt = 'The story’s headline, date and series'
export const size = CARD_SIZE
export const contentType = 'image/png'

const dateFormat = new Intl.DateTimeFormat('en-GB', { dateStyle: 'long', timeZone: 'UTC' })

export default async function ArticleShareImage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params
  const article = await contentFetch({ query: ARTICLE_CARD_QUERY, params: { slug }, perspective: 'published' })
  if (!article?.title) return cardNotFound()
  const date = article.publishedAt ? dateFormat.format(new Date(article.publishedAt)) : null
  const series = article.series?.title
  return renderSectionCard({
    kicker: ['News', date].filter(Boolean).join(' · '),
    title: article.title,
    detail: series ? `${series}${article.series?.year ? ` (${article.series.year})` : ''}` : null,
  })
}
