// @vitest-environment jsdom
import { resolveSitemap } from 'next/dist/build/webpack/loaders/metadata/resolve-route-data'
import { beforeEach, describe, expect, it, vi } from 'vitest'

import sitemap from '@/app/sitemap'
import { env } from '@/lib/env/server'

import { cachedReads, recordedFetches, resetRecords } from './next-stand-ins'
import { isDraft, publishedOnly, readBundledDataset } from './dataset'
import { parseXml } from './xml'

vi.mock('next/headers', () => import('./next-stand-ins'))
vi.mock('next/cache', () => import('./next-stand-ins'))
vi.mock('@/lib/content/fetch', async (importOriginal) =>
  (await import('./next-stand-ins')).recordingFetch(await importOriginal()),
)

const site = env.siteUrl
const dataset = readBundledDataset()

/** Every page the published dataset should produce, worked out from the raw NDJSON. */
function expectedUrls(): string[] {
  const docs = publishedOnly(dataset)
  const seriesSlug = new Map(docs.filter((doc) => doc._type === 'series').map((doc) => [doc._id, doc.slug!.current!]))
  const paths = ['/', '/series', '/reviews', '/people', '/news', '/critics', '/how-we-score']
  for (const doc of docs) {
    const slug = doc.slug?.current
    if (doc._type === 'series' && slug)
      paths.push(`/series/${slug}`, `/series/${slug}/episodes`, `/series/${slug}/cast`, `/series/${slug}/reviews`)
    if (doc._type === 'review' && slug) paths.push(`/reviews/${slug}`)
    if (doc._type === 'person' && slug) paths.push(`/people/${slug}`)
    if (doc._type === 'critic' && slug) paths.push(`/critics/${slug}`)
    if (doc._type === 'article' && slug) paths.push(`/news/${slug}`)
    if (doc._type === 'episode' && doc.series)
      paths.push(`/series/${seriesSlug.get(doc.series._ref)}/episodes/${doc.number}`)
  }
  return paths.map((path) => (path === '/' ? `${site}/` : `${site}${path}`)).sort()
}

describe('sitemap.xml on the bundled dataset', () => {
  beforeEach(() => {
    resetRecords()
  })

  it('lists every published page exactly once, with an absolute URL', async () => {
    const entries = await sitemap()
    const urls = entries.map((entry) => entry.url)
    expect([...urls].sort()).toEqual(expectedUrls())
    expect(new Set(urls).size).toBe(urls.length)
    // 1 series with its 3 subpages, 8 episodes, 11 published reviews, 19 people, 3 critics, 1 article, 6 listings,
    // how we score.
    expect(urls.filter((url) => url.includes('/episodes/'))).toHaveLength(8)
    expect(urls.filter((url) => url.startsWith(`${site}/series/love-in-the-big-city/`))).toHaveLength(8 + 3)
    for (const url of urls) expect(url.startsWith(`${site}/`)).toBe(true)
  })

  it('leaves out a draft-only review, reading the published perspective even in draft mode', async () => {
    const draftOnly = dataset.filter(
      (doc) => isDraft(doc) && !dataset.some((other) => other._id === doc._id.replace(/^drafts\./, '')),
    )
    expect(draftOnly.map((doc) => doc.slug?.current)).toContain('love-in-the-big-city-episode-4-second-opinion')

    const urls = (await sitemap()).map((entry) => entry.url)
    for (const draft of draftOnly) expect(urls.some((url) => url.endsWith(`/${draft.slug!.current}`))).toBe(false)
    expect(recordedFetches.length).toBeGreaterThan(0)
    for (const call of recordedFetches) expect(call.perspective).toBe('published')
    // Cached, and expired by a webhook for any type that has pages.
    expect(cachedReads.map((read) => read.tags)).toEqual([
      expect.arrayContaining(['series', 'episode', 'review', 'person', 'critic', 'article']),
    ])
  })

  it('dates a page by the latest published change to anything it shows, ignoring pending drafts', async () => {
    const entries = await sitemap()
    const lastModified = (path: string) => entries.find((entry) => entry.url === `${site}${path}`)?.lastModified
    // The series review was last published on 12 November; its draft from 20 November must not count.
    expect(lastModified('/series/love-in-the-big-city')).toEqual(new Date('2024-11-12T14:30:00Z'))
    expect(lastModified('/series/love-in-the-big-city/reviews')).toEqual(new Date('2024-11-12T14:30:00Z'))
    expect(lastModified('/reviews/love-in-the-big-city-review')).toEqual(new Date('2024-11-12T14:30:00Z'))
    // Episode 4 changed when its review was published.
    expect(lastModified('/series/love-in-the-big-city/episodes/4')).toEqual(new Date('2024-10-29T09:00:00Z'))
    // How we score is written in code, not in a document, so nothing dates it.
    const fromContent = entries.filter((entry) => entry.url !== `${site}/how-we-score`)
    expect(fromContent).toHaveLength(entries.length - 1)
    for (const entry of fromContent) expect(entry.lastModified).toBeInstanceOf(Date)
    expect(lastModified('/how-we-score')).toBeUndefined()
  })

  it('renders as a sitemaps.org urlset that an XML parser accepts', async () => {
    const doc = parseXml(resolveSitemap(await sitemap()))
    expect(doc.documentElement.namespaceURI).toBe('http://www.sitemaps.org/schemas/sitemap/0.9')
    const locs = Array.from(doc.getElementsByTagName('loc'), (node) => node.textContent)
    expect(locs.sort()).toEqual(expectedUrls())
    expect(doc.getElementsByTagName('lastmod')).toHaveLength(locs.length - 1)
  })
})
