import type { MetadataRoute } from 'next'

import { absoluteUrl } from '@/lib/seo/site-url'

/** /robots.txt: the reader site is open to crawlers; the Studio, moderation and the API routes are not. */
export default function robots(): MetadataRoute.Robots {
  return {
    rules: [{ userAgent: '*', allow: '/', disallow: ['/studio', '/moderation', '/api'] }],
    sitemap: absoluteUrl('/sitemap.xml'),
  }
}
