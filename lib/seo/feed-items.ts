/**
 * Reviews and news as feed items, newest first: the verdict or excerpt as the description, the
 * score spelled out (feed readers show no badge), the critic as author.
 */
import { reviewKindLabel } from '@/lib/review-kinds'
import { formatScore, SCORE_MAX } from '@/lib/score'
import { hrefForDocument } from '@/lib/routes'

import { cleanText, summarize } from './clean-text'
import type { RssItem } from './rss'
import { absoluteUrl } from './site-url'

export interface FeedSourceItem {
  _type: string
  title?: string | null
  slug?: string | null
  publishedAt?: string | null
  kind?: string | null
  score?: number | null
  summary?: string | null
  critic?: { name?: string | null } | null
  series?: { title?: string | null } | null
}

export function feedItems(sources: ReadonlyArray<FeedSourceItem>): RssItem[] {
  const items: RssItem[] = []
  for (const source of sources) {
    const title = cleanText(source.title)
    const path = hrefForDocument({ _type: source._type, slug: source.slug })
    const time = source.publishedAt ? Date.parse(source.publishedAt) : NaN
    if (!title || !path || !Number.isFinite(time)) continue
    const isReview = source._type === 'review'
    const summary = summarize(source.summary, 500)
    const score =
      isReview && typeof source.score === 'number' ? `Score: ${formatScore(source.score)} out of ${SCORE_MAX}.` : null
    items.push({
      title,
      link: absoluteUrl(path),
      publishedAt: new Date(time),
      description: [summary, score].filter(Boolean).join(' ') || null,
      author: isReview ? source.critic?.name : null,
      categories: [isReview ? reviewKindLabel(source.kind) : 'News', source.series?.title],
    })
  }
  return items.sort((a, b) => b.publishedAt.getTime() - a.publishedAt.getTime())
}
