/**
 * oEmbed (https://oembed.com) for review pages: a consumer sends a review page's URL and gets the
 * score card as a `rich` answer (an iframe). Pure: app/api/oembed/route.ts reads the review.
 */
import { embedCardPath, isSlug } from '@/lib/routes'
import { CARD_SIZE } from '@/lib/og/ShareCard'
import { reviewShareImagePath } from '@/lib/seo/share-image'
import { absoluteUrl } from '@/lib/seo/site-url'

import { CARD_MIN_WIDTH, CARD_WIDTH, cardSize } from './card-html'
import { markup, markupText } from './markup'
import type { ReviewEmbed } from './review-embed'

export interface OembedRequest {
  slug: string
  maxwidth: number | null
  maxheight: number | null
}

/** The spec's errors: 404 for a URL this provider has nothing for, 501 for a format it does not serve. */
export interface OembedProblem {
  status: 400 | 404 | 501
  error: string
}

export interface OembedAnswer {
  version: '1.0'
  type: 'rich'
  html: string
  width: number
  height: number
  title: string
  author_name?: string
  author_url?: string
  provider_name: string
  provider_url: string
  cache_age: number
  thumbnail_url?: string
  thumbnail_width?: number
  thumbnail_height?: number
}

/** Consumers may keep an answer this long (seconds); the card itself follows edits at once. */
const CACHE_AGE = 3600
const MAX_URL_LENGTH = 2048

function dimension(value: string | null, name: string): number | null | OembedProblem {
  if (value === null) return null
  if (!/^\d{1,5}$/.test(value) || Number(value) < 1) {
    return { status: 400, error: `${name} must be a whole number of pixels from 1 to 99999.` }
  }
  return Number(value)
}

function isProblem(value: unknown): value is OembedProblem {
  return typeof value === 'object' && value !== null && 'status' in value
}

/** The review slug a page URL on this site names, or null for any other URL. */
export function reviewSlugOfUrl(url: URL, site: URL): string | null {
  if (url.origin !== site.origin) return null
  const base = site.pathname.replace(/\/$/, '')
  const match = url.pathname.match(/^(.*)\/reviews\/([^/]+)\/?$/)
  if (!match || match[1] !== base) return null
  return isSlug(match[2]) ? match[2] : null
}

/** Reads `url`, `format`, `maxwidth` and `maxheight` as the spec defines them. */
export function parseOembedRequest(params: URLSearchParams, siteUrl: string): OembedRequest | OembedProblem {
  const format = params.get('format')
  if (format !== null && format !== 'json') {
    return { status: 501, error: 'Only format=json is served.' }
  }
  const maxwidth = dimension(params.get('maxwidth'), 'maxwidth')
  if (isProblem(maxwidth)) return maxwidth
  const maxheight = dimension(params.get('maxheight'), 'maxheight')
  if (isProblem(maxheight)) return maxheight

  const text = params.get('url')
  if (!text) return { status: 400, error: 'url is required: the address of a review page.' }
  if (text.length > MAX_URL_LENGTH) return { status: 400, error: `url is longer than ${MAX_URL_LENGTH} characters.` }
  if (!URL.canParse(text)) return { status: 400, error: 'url is not an absolute URL.' }
  const slug = reviewSlugOfUrl(new URL(text), new URL(siteUrl))
  if (!slug) return { status: 404, error: 'url is not a review page of this site.' }
  return { slug, maxwidth, maxheight }
}

/** The iframe other sites paste: sandboxed, lazy, titled for screen readers. */
export function cardIframeHtml(embed: ReviewEmbed, width = CARD_WIDTH): string {
  const size = cardSize(embed, width)
  const iframe = markup`<iframe src="${absoluteUrl(embedCardPath(embed.slug))}" width="${size.width}" \
height="${size.height}" title="${embed.title}: the score on ${embed.siteName}" loading="lazy" \
sandbox="allow-popups allow-popups-to-escape-sandbox" style="border:0;max-width:100%"></iframe>`
  return markupText(iframe)
}

export function oembedAnswer(
  embed: ReviewEmbed,
  request: OembedRequest,
  siteUrl: string,
): OembedAnswer | OembedProblem {
  const width = Math.min(CARD_WIDTH, request.maxwidth ?? CARD_WIDTH)
  if (width < CARD_MIN_WIDTH) {
    return { status: 404, error: `The card needs at least ${CARD_MIN_WIDTH} pixels of width.` }
  }
  const { height } = cardSize(embed, width)
  if (request.maxheight !== null && height > request.maxheight) {
    return { status: 404, error: `The card needs ${height} pixels of height.` }
  }
  // The share image has one size; the spec lets it be left out, not shrunk past maxwidth/maxheight.
  const thumbnailFits =
    (request.maxwidth ?? Infinity) >= CARD_SIZE.width && (request.maxheight ?? Infinity) >= CARD_SIZE.height
  return {
    version: '1.0',
    type: 'rich',
    html: cardIframeHtml(embed, width),
    width,
    height,
    title: embed.title,
    ...(embed.criticName ? { author_name: embed.criticName } : {}),
    ...(embed.criticUrl ? { author_url: embed.criticUrl } : {}),
    provider_name: embed.siteName,
    provider_url: `${siteUrl}/`,
    cache_age: CACHE_AGE,
    ...(thumbnailFits
      ? {
          thumbnail_url: reviewShareImagePath(embed.reviewUrl),
          thumbnail_width: CARD_SIZE.width,
          thumbnail_height: CARD_SIZE.height,
        }
      : {}),
  }
}
