import { contentFetch } from '@/lib/content/fetch'
import { FEED_QUERY } from '@/lib/content/seo-queries'
import { cleanText } from '@/lib/seo/clean-text'
import { feedItems } from '@/lib/seo/feed-items'
import { FEED_PATH } from '@/lib/seo/metadata'
import { renderRss } from '@/lib/seo/rss'
import { absoluteUrl } from '@/lib/seo/site-url'

// Built once, then refreshed when a review, article or the settings change (cache tags) or hourly.
export const dynamic = 'force-static'

/** /feed.xml: RSS 2.0 of the newest reviews and news. */
export async function GET(): Promise<Response> {
  const { site, items } = await contentFetch({
    query: FEED_QUERY,
    perspective: 'published',
  })
  const title = cleanText(site?.title) ?? 'Drama review'
  const xml = renderRss({
    title: `${title}: reviews and news`,
    link: absoluteUrl('/'),
    feedUrl: absoluteUrl(FEED_PATH),
    description: cleanText(site?.description) ?? `The latest reviews and news from ${title}.`,
    items: feedItems(items),
  })
  return new Response(xml, { headers: { 'content-type': 'application/rss+xml; charset=utf-8' } })
}
