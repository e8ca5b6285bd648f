import type { MetadataRoute } from 'next'

import { contentFetch } from '@/lib/content/fetch'
import { SITEMAP_QUERY } from '@/lib/content/seo-queries'
import { sitemapEntries } from '@/lib/seo/sitemap-entries'

/** /sitemap.xml: every published page, never a draft (the query runs on the published perspective). */
export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const content = await contentFetch({
    query: SITEMAP_QUERY,
    perspective: 'published',
  })
  return sitemapEntries(content)
}
