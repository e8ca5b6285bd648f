/**
 * RSS 2.0 for feed readers: escaped text, absolute links, RFC 822 dates, and an atom:link to the
 * feed itself as the RSS Advisory Board recommends. Pure string building, so it is easy to test.
 */
import { cleanText } from './clean-text'

export interface RssItem {
  title: string
  /** Absolute URL of the page; doubles as the permanent guid. */
  link: string
  publishedAt: Date
  description?: string | null
  author?: string | null
  categories?: Array<string | null | undefined>
}

export interface RssChannel {
  title: string
  /** Absolute URL of the site. */
  link: string
  /** Absolute URL of the feed. */
  feedUrl: string
  description: string
  language?: string
  items: RssItem[]
}

// Characters XML 1.0 forbids outright (controls other than tab, LF, CR; lone surrogates; U+FFFE/F).
const NOT_XML = new RegExp(
  '[\\u0000-\\u0008\\u000B\\u000C\\u000E-\\u001F\\uFFFE\\uFFFF]' +
    '|[\\uD800-\\uDBFF](?![\\uDC00-\\uDFFF])|(?<![\\uD800-\\uDBFF])[\\uDC00-\\uDFFF]',
  'g',
)

export function escapeXml(value: string): string {
  return value
    .replace(NOT_XML, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;')
}

function element(name: string, value: string | null | undefined, attributes = ''): string {
  const text = cleanText(value)
  return text === null ? '' : `<${name}${attributes}>${escapeXml(text)}</${name}>`
}

function itemXml(item: RssItem): string {
  return [
    '<item>',
    element('title', item.title),
    element('link', item.link),
    element('guid', item.link, ' isPermaLink="true"'),
    element('pubDate', item.publishedAt.toUTCString()),
    element('dc:creator', item.author),
    ...(item.categories ?? []).map((category) => element('category', category)),
    element('description', item.description),
    '</item>',
  ].join('')
}

export function renderRss(channel: RssChannel): string {
  const newest = channel.items.reduce<Date | null>(
    (latest, item) => (!latest || item.publishedAt > latest ? item.publishedAt : latest),
    null,
  )
  return [
    '<?xml version="1.0" encoding="UTF-8"?>\n',
    '<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom" xmlns:dc="http://purl.org/dc/elements/1.1/">',
    '<channel>',
    element('title', channel.title),
    element('link', channel.link),
    element('description', channel.description),
    element('language', channel.language ?? 'en'),
    // The newest item's date, not the clock, so an unchanged feed is byte-for-byte the same.
    newest ? element('lastBuildDate', newest.toUTCString()) : '',
    `<atom:link href="${escapeXml(channel.feedUrl)}" rel="self" type="application/rss+xml"/>`,
    ...channel.items.map(itemXml),
    '</channel>',
    '</rss>\n',
  ].join('')
}
