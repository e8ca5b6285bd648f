/**
 * The sitemap's entries from the published content: every page a reader can reach, each with an
 * absolute URL and the last time anything shown on it changed (a series page changes when one of
 * its reviews does). Listing pages take the newest change among what they list.
 */
import type { MetadataRoute } from 'next'

import { episodePath, hrefForDocument, HOW_WE_SCORE_PATH, type SeriesSection, seriesSectionPath } from '@/lib/routes'

import { absoluteUrl } from './site-url'

type Stamp = string | null | undefined

interface Dated {
  _updatedAt?: Stamp
  /** The documents shown on the page, each with its own stamp. */
  touched?: ReadonlyArray<{ _updatedAt?: Stamp }> | null
}

export interface SitemapContent {
  series: ReadonlyArray<Dated & { slug?: string | null }>
  episodes: ReadonlyArray<Dated & { seriesSlug?: string | null; number?: number | null }>
  reviews: ReadonlyArray<{ slug?: string | null; _updatedAt?: Stamp; updatedAt?: Stamp; publishedAt?: Stamp }>
  people: ReadonlyArray<Dated & { slug?: string | null }>
  critics: ReadonlyArray<Dated & { slug?: string | null }>
  articles: ReadonlyArray<{ slug?: string | null; _updatedAt?: Stamp; publishedAt?: Stamp }>
  settings?: { _updatedAt?: Stamp } | null
}

/** The latest of several timestamps, or undefined when none parses. */
export function latest(stamps: ReadonlyArray<Stamp>): Date | undefined {
  let newest: number | undefined
  for (const stamp of stamps) {
    if (!stamp) continue
    const time = Date.parse(stamp)
    if (Number.isFinite(time) && (newest === undefined || time > newest)) newest = time
  }
  return newest === undefined ? undefined : new Date(newest)
}

type Entry = MetadataRoute.Sitemap[number]

function entry(
  path: string | null,
  stamps: ReadonlyArray<Stamp>,
  changeFrequency: Entry['changeFrequency'],
  priority: number,
): Entry | null {
  if (!path) return null
  const lastModified = latest(stamps)
  return { url: absoluteUrl(path), ...(lastModified ? { lastModified } : {}), changeFrequency, priority }
}

function stampsOf(item: Dated): Stamp[] {
  return [item._updatedAt, ...(item.touched ?? []).map((document) => document._updatedAt)]
}

function validEpisodeNumber(value: number | null | undefined): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 1
}

/** A series' subpages show what its overview draws from (its episodes, characters and reviews). */
const seriesSections: { section: SeriesSection; priority: number }[] = [
  { section: 'episodes', priority: 0.8 },
  { section: 'cast', priority: 0.6 },
  { section: 'reviews', priority: 0.7 },
]

export function sitemapEntries(content: SitemapContent): MetadataRoute.Sitemap {
  const seriesStamps = content.series.flatMap((item) => stampsOf(item))
  const reviewStamps = content.reviews.flatMap((item) => [item._updatedAt, item.updatedAt])
  const peopleStamps = content.people.flatMap((item) => [item._updatedAt])
  const articleStamps = content.articles.flatMap((item) => [item._updatedAt, item.publishedAt])
  const criticStamps = content.critics.flatMap((item) => stampsOf(item))

  const entries: Array<Entry | null> = [
    entry('/', [content.settings?._updatedAt, ...seriesStamps, ...reviewStamps, ...articleStamps], 'daily', 1),
    entry('/series', seriesStamps, 'weekly', 0.7),
    entry('/reviews', reviewStamps, 'daily', 0.8),
    entry('/people', peopleStamps, 'monthly', 0.5),
    entry('/news', articleStamps, 'weekly', 0.6),
    entry('/critics', criticStamps, 'monthly', 0.4),
    // Its text and bands live in code, so it has no document to date it by.
    entry(HOW_WE_SCORE_PATH, [], 'yearly', 0.3),
    ...content.series.flatMap((item) => [
      entry(hrefForDocument({ _type: 'series', slug: item.slug }), stampsOf(item), 'weekly', 0.9),
      ...seriesSections.map(({ section, priority }) =>
        entry(item.slug ? seriesSectionPath(item.slug, section) : null, stampsOf(item), 'weekly', priority),
      ),
    ]),
    ...content.episodes.map((item) =>
      entry(
        item.seriesSlug && validEpisodeNumber(item.number) ? episodePath(item.seriesSlug, item.number) : null,
        stampsOf(item),
        'monthly',
        0.7,
      ),
    ),
    ...content.reviews.map((item) =>
      entry(
        hrefForDocument({ _type: 'review', slug: item.slug }),
        [item._updatedAt, item.updatedAt, item.publishedAt],
        'monthly',
        0.8,
      ),
    ),
    ...content.people.map((item) =>
      entry(hrefForDocument({ _type: 'person', slug: item.slug }), stampsOf(item), 'monthly', 0.5),
    ),
    ...content.critics.map((item) =>
      entry(hrefForDocument({ _type: 'critic', slug: item.slug }), stampsOf(item), 'monthly', 0.4),
    ),
    ...content.articles.map((item) =>
      entry(
        hrefForDocument({ _type: 'article', slug: item.slug }),
        [item._updatedAt, item.publishedAt],
        'monthly',
        0.6,
      ),
    ),
  ]

  // Two documents sharing a slug would give one URL twice; the first (as the page would show) wins.
  const seen = new Set<string>()
  return entries.filter((item): item is Entry => {
    if (!item || seen.has(item.url)) return false
    seen.add(item.url)
    return true
  })
}
