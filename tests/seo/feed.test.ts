// @vitest-environment jsdom
import { describe, expect, it, vi } from 'vitest'

import { GET } from '@/app/feed.xml/route'
import { env } from '@/lib/env/server'

import { cachedReads, recordedFetches, resetRecords } from './next-stand-ins'
import { publishedOnly, readBundledDataset } from './dataset'
import { childText, parseXml } from './xml'

vi.mock('next/headers', () => import('./next-stand-ins'))
vi.mock('next/cache', () => import('./next-stand-ins'))
vi.mock('@/lib/content/fetch', async (importOriginal) =>
  (await import('./next-stand-ins')).recordingFetch(await importOriginal()),
)

async function readFeed() {
  const response = await GET()
  return { response, doc: parseXml(await response.text()) }
}

describe('feed.xml on the bundled dataset', () => {
  it('is RSS 2.0 served as application/rss+xml', async () => {
    const { response, doc } = await readFeed()
    expect(response.headers.get('content-type')).toBe('application/rss+xml; charset=utf-8')
    expect(doc.documentElement.tagName).toBe('rss')
    expect(doc.documentElement.getAttribute('version')).toBe('2.0')
    const channel = doc.documentElement.getElementsByTagName('channel')[0]
    // RSS 2.0 requires title, link and description on the channel and a title or description on each item.
    expect(childText(channel, 'title')).toBe('Cold Open: reviews and news')
    expect(childText(channel, 'link')).toBe(`${env.siteUrl}/`)
    expect(childText(channel, 'description')).toMatch(/\S/)
    const self = channel.getElementsByTagName('atom:link')[0]
    expect(self.getAttribute('href')).toBe(`${env.siteUrl}/feed.xml`)
    expect(self.getAttribute('rel')).toBe('self')
  })

  it('carries every published review and news article, newest first, with absolute links', async () => {
    const { doc } = await readFeed()
    const items = Array.from(doc.getElementsByTagName('item'))
    const expected = publishedOnly(readBundledDataset())
      .filter((item) => (item._type === 'review' || item._type === 'article') && item.slug?.current && item.publishedAt)
      .sort((a, b) => Date.parse(b.publishedAt!) - Date.parse(a.publishedAt!))
      .map((item) => `${env.siteUrl}/${item._type === 'review' ? 'reviews' : 'news'}/${item.slug!.current}`)

    expect(items.map((item) => childText(item, 'link'))).toEqual(expected)
    expect(items.some((item) => childText(item, 'link')!.endsWith('/news/trailer-released'))).toBe(true)
    expect(items.some((item) => childText(item, 'link')!.includes('second-opinion'))).toBe(false)

    const dates = items.map((item) => Date.parse(childText(item, 'pubDate')!))
    for (const date of dates) expect(Number.isFinite(date)).toBe(true)
    expect([...dates].sort((a, b) => b - a)).toEqual(dates)
    for (const item of items) {
      expect(childText(item, 'guid')).toBe(childText(item, 'link'))
      expect(new URL(childText(item, 'link')!).origin).toBe(new URL(env.siteUrl).origin)
    }
  })

  it('spells out a review’s score and names its critic', async () => {
    const { doc } = await readFeed()
    const seriesReview = Array.from(doc.getElementsByTagName('item')).find((item) =>
      childText(item, 'link')!.endsWith('/reviews/love-in-the-big-city-review'),
    )!
    expect(childText(seriesReview, 'description')).toMatch(/Score: 9\.3 out of 10\.$/)
    expect(childText(seriesReview, 'dc:creator')).toBe('Mara Seo')
    expect(Array.from(seriesReview.getElementsByTagName('category'), (node) => node.textContent)).toEqual([
      'Series review',
      'Love in the Big City',
    ])
  })

  it('reads the published perspective even in draft mode, cached under the tags the webhook expires', async () => {
    resetRecords()
    await readFeed()
    expect(recordedFetches.map((call) => call.perspective)).toEqual(['published'])
    expect(cachedReads).toHaveLength(1)
    expect(cachedReads[0].tags).toEqual(expect.arrayContaining(['review', 'article', 'siteSettings']))
  })
})
