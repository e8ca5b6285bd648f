/**
 * Absolute URLs for canonical links, Open Graph, JSON-LD, the sitemap and the feed: crawlers and
 * feed readers resolve nothing against the page, so every link they see carries the site origin.
 */
import { publicEnv } from '@/lib/env/public'

/** The configured public origin (and base path, if any), without a trailing slash. */
export function siteUrl(): string {
  return publicEnv.siteUrl
}

/** `/series/x` -> `https://example.com/series/x`; an absolute http(s) URL passes through unchanged. */
export function absoluteUrl(path: string): string {
  if (/^https?:\/\//i.test(path)) return path
  if (path === '' || path === '/') return `${siteUrl()}/`
  return `${siteUrl()}${path.startsWith('/') ? path : `/${path}`}`
}
