/**
 * One shape of page metadata for the whole site: canonical URL, Open Graph and Twitter card built
 * from the same cleaned title and description, so a shared link and a search result say the same.
 */
import type { Metadata } from 'next'

import { cleanText, summarize } from './clean-text'
import { absoluteUrl } from './site-url'

export type PageKind = 'website' | 'article' | 'profile' | 'video.tv_show' | 'video.episode'

export interface ShareImage {
  url: string
  width?: number
  height?: number
  alt?: string | null
}

export interface PageMetadataInput {
  /** The page's own title; the site layout's template adds the site name to <title>. */
  title: string | null | undefined
  description?: string | null
  /** Site path of the page, e.g. `/series/love-in-the-big-city`. */
  path: string
  /**
   * A share image for pages without a generated `opengraph-image` route. Pages that have one
   * leave this out: Next adds the generated image to Open Graph and Twitter itself.
   */
  image?: ShareImage | null
  type?: PageKind
  /** Article pages: ISO dates and author names for `article:*` Open Graph tags. */
  publishedTime?: string | null
  modifiedTime?: string | null
  authors?: Array<string | null | undefined>
  /** Pages that must not be indexed (e.g. an empty listing). */
  noIndex?: boolean
  /** More `<link rel="alternate">` by MIME type, beside the feed (e.g. a review's oEmbed answer). */
  alternates?: Record<string, { url: string; title?: string | null }[]>
}

/** Feed readers discover the RSS feed from this link on any page. */
export const FEED_PATH = '/feed.xml'
const feedAlternate = () => ({ 'application/rss+xml': [{ url: absoluteUrl(FEED_PATH), title: 'Reviews and news' }] })

function cleanAlternates(alternates: PageMetadataInput['alternates'] = {}) {
  return Object.fromEntries(
    Object.entries(alternates).map(([type, links]) => [
      type,
      links.map(({ url, title }) => ({ url, title: cleanText(title) ?? undefined })),
    ]),
  )
}

export function buildMetadata(input: PageMetadataInput): Metadata {
  const title = cleanText(input.title) ?? undefined
  const description = summarize(input.description) ?? undefined
  const url = absoluteUrl(input.path)
  const image = input.image?.url
    ? [
        {
          url: absoluteUrl(input.image.url),
          width: input.image.width,
          height: input.image.height,
          alt: cleanText(input.image.alt) ?? title,
        },
      ]
    : undefined
  const type = input.type ?? 'website'

  // Next only adds a route's generated opengraph-image when `images` is absent (not merely
  // undefined), so the key is left out unless the page brings its own image.
  const images = image ? { images: image } : {}
  const openGraph: NonNullable<Metadata['openGraph']> =
    type === 'article'
      ? {
          type,
          url,
          title,
          description,
          ...images,
          publishedTime: cleanText(input.publishedTime) ?? undefined,
          modifiedTime: cleanText(input.modifiedTime) ?? undefined,
          authors: input.authors?.map(cleanText).filter((name): name is string => name !== null),
        }
      : { type, url, title, description, ...images }

  return {
    title,
    description,
    // Child metadata replaces `alternates` whole, so every page repeats the feed link.
    alternates: { canonical: url, types: { ...feedAlternate(), ...cleanAlternates(input.alternates) } },
    openGraph,
    twitter: {
      card: 'summary_large_image',
      title,
      description,
      ...(image ? { images: image.map((entry) => entry.url) } : {}),
    },
    ...(input.noIndex ? { robots: { index: false, follow: true } } : {}),
  }
}
