// @vitest-environment jsdom
/**
 * The badge, card and oEmbed route handlers called as Next calls them, with the real contentFetch on
 * the bundled dataset. Draft mode is on (next-stand-ins): embeds must still show the published review.
 */
import { NextRequest } from 'next/server'
import { beforeEach, describe, expect, it, vi } from 'vitest'

import { GET as badgeRoute } from '@/app/embed/badge/[theme]/[file]/route'
import { GET as cardRoute } from '@/app/embed/review/[slug]/route'
import { GET as oembedRoute } from '@/app/api/oembed/route'
import { formatScore, scoreBand, scoreLabel } from '@/lib/score'

import { cachedReads, recordedFetches, resetRecords } from '../seo/next-stand-ins'
import { datasetReviews } from './dataset-reviews'

vi.mock('server-only', () => ({}))
vi.mock('next/headers', () => import('../seo/next-stand-ins'))
vi.mock('next/cache', () => import('../seo/next-stand-ins'))
vi.mock('@/lib/content/fetch', async (importOriginal) =>
  (await import('../seo/next-stand-ins')).recordingFetch(await importOriginal()),
)

const { scored, unscored, draftOnly } = datasetReviews()
const site = 'http://localhost:3000'
const params = <T>(value: T) => ({ params: Promise.resolve(value) })
const badge = (theme: string, file: string) => badgeRoute(new Request(`${site}/embed/badge/x`), params({ theme, file }))
const card = (slug: string) => cardRoute(new Request(`${site}/embed/review/x`), params({ slug }))
const oembed = (query: Record<string, string>) =>
  oembedRoute(new NextRequest(`${site}/api/oembed?${new URLSearchParams(query)}`))

function parse(text: string, type: DOMParserSupportedType): Document {
  const doc = new DOMParser().parseFromString(text, type)
  expect(doc.querySelector('parsererror'), 'well-formed markup').toBeNull()
  return doc
}

beforeEach(resetRecords)

describe('the score badge', () => {
  it('has the bundled dataset some scored, unscored and draft-only reviews to check against', () => {
    expect(scored.length).toBeGreaterThanOrEqual(10)
    expect(unscored.length).toBeGreaterThan(0)
    expect(draftOnly.length).toBeGreaterThan(0)
  })

  for (const review of scored) {
    it(`parses and carries ${review.score} for ${review.slug!.current}, in both themes`, async () => {
      const backgrounds = new Set<string>()
      for (const theme of ['light', 'dark']) {
        const response = await badge(theme, `${review.slug!.current}.svg`)
        expect(response.status).toBe(200)
        expect(response.headers.get('content-type')).toBe('image/svg+xml; charset=utf-8')
        const svg = parse(await response.text(), 'image/svg+xml').documentElement
        expect(svg.namespaceURI).toBe('http://www.w3.org/2000/svg')
        expect(svg.getAttribute('role')).toBe('img')
        const title = svg.querySelector('title')!
        expect(svg.getAttribute('aria-labelledby')).toBe(title.id)
        expect(title.textContent).toContain(scoreLabel(review.score!))
        expect(title.textContent).toContain(scoreBand(review.score!).label)
        expect(title.textContent).toContain('Love in the Big City')
        expect(title.textContent).toContain('Cold Open')
        const texts = [...svg.querySelectorAll('text')].map((text) => text.textContent)
        expect(texts[0]).toBe(formatScore(review.score!))
        expect(texts).toContain('Cold Open')
        backgrounds.add(svg.querySelector('rect')!.getAttribute('fill')!)
      }
      expect(backgrounds.size, 'light and dark differ').toBe(2)
      expect(recordedFetches.every((read) => read.perspective === 'published')).toBe(true)
    })
  }

  it('is tagged with the review, its series and critic, and the site settings, for the webhook', async () => {
    await badge('light', 'love-in-the-big-city-episode-3.svg')
    const tags = cachedReads.flatMap((read) => read.tags ?? [])
    expect(tags).toEqual(
      expect.arrayContaining([
        'doc:review-love-in-the-big-city-episode-3',
        'doc:series-love-in-the-big-city',
        'doc:siteSettings',
        'review',
      ]),
    )
  })

  it('is 404 for an unscored or draft-only review, 400 for a hostile slug, 404 for an unknown theme', async () => {
    for (const review of [...unscored, ...draftOnly]) {
      expect((await badge('light', `${review.slug!.current}.svg`)).status).toBe(404)
    }
    expect((await badge('light', 'no-such-review.svg')).status).toBe(404)
    for (const file of ['<script>.svg', 'UPPER.svg', '..%2Fetc.svg', `${'a'.repeat(97)}.svg`]) {
      const response = await badge('light', file)
      expect(response.status).toBe(400)
      expect(await response.text()).toMatch(/not a review slug/i)
    }
    expect((await badge('neon', 'love-in-the-big-city-episode-3.svg')).status).toBe(404)
    expect((await badge('light', 'love-in-the-big-city-episode-3.png')).status).toBe(404)
  })
})

describe('the score card', () => {
  it('shows the score, aspect meters, verdict and a link to the review, with no script', async () => {
    const response = await card('love-in-the-big-city-review')
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8')
    const html = await response.text()
    expect(new TextEncoder().encode(html).byteLength).toBeLessThan(15 * 1024)
    const doc = parse(html, 'text/html')
    expect(doc.querySelectorAll('script, link[rel=stylesheet], img, iframe')).toHaveLength(0)
    expect(doc.querySelector('[role=img]')?.getAttribute('aria-label')).toBe('9.3 out of 10')
    const meters = [...doc.querySelectorAll('[role=meter]')]
    expect(meters.map((meter) => [meter.getAttribute('aria-label'), meter.getAttribute('aria-valuenow')])).toEqual([
      ['Story', '9.2'],
      ['Romance', '9.3'],
      ['Acting', '9.6'],
      ['Ending', '8.9'],
      ['Artistry', '9.5'],
    ])
    const links = [...doc.querySelectorAll('a')].map((link) => link.getAttribute('href'))
    expect(new Set(links)).toEqual(new Set([`${site}/reviews/love-in-the-big-city-review`]))
    expect(doc.querySelector('.verdict')?.textContent).toMatch(/^A rare, beautifully made queer drama/)
  })

  it('carries no spoilers: a title or verdict that gives an episode away is in its spoiler-free form', async () => {
    const html = await (await card('love-in-the-big-city-episode-4')).text()
    const doc = parse(html, 'text/html')
    expect(doc.querySelector('h1')?.textContent).toBe('Love in the Big City episode 4 review')
    expect(doc.querySelector('.verdict')?.textContent).toBe(
      'A demanding hour that gives Oh Hyun-kyung her finest scenes.',
    )
    expect(html).not.toContain('what a mother owes')
    expect(html).not.toContain('late apology')
  })

  it('is 404 for an unscored or draft-only review and 400 for a hostile slug', async () => {
    for (const review of [...unscored, ...draftOnly]) expect((await card(review.slug!.current!)).status).toBe(404)
    expect((await card('"><script>alert(1)</script>')).status).toBe(400)
  })
})

describe('oEmbed', () => {
  const pageUrl = `${site}/reviews/love-in-the-big-city-episode-3`

  it('answers a review page URL with the spec’s required fields for a rich embed', async () => {
    const response = await oembed({ url: pageUrl, format: 'json' })
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toMatch(/^application\/json/)
    const answer = await response.json()
    expect(answer).toMatchObject({ version: '1.0', type: 'rich', provider_name: 'Cold Open' })
    expect(answer.html).toEqual(expect.any(String))
    expect(Number.isInteger(answer.width) && answer.width > 0).toBe(true)
    expect(Number.isInteger(answer.height) && answer.height > 0).toBe(true)
    expect(answer.title).toBe('Love in the Big City episode 3 review')
    expect(answer.thumbnail_url).toMatch(new RegExp(`^${pageUrl}/opengraph-image-[0-9a-z]{6}$`))
    expect([answer.thumbnail_width, answer.thumbnail_height]).toEqual([1200, 630])
    const iframe = parse(answer.html, 'text/html').querySelector('iframe')!
    expect(iframe.getAttribute('src')).toBe(`${site}/embed/review/love-in-the-big-city-episode-3`)
    expect([Number(iframe.getAttribute('width')), Number(iframe.getAttribute('height'))]).toEqual([
      answer.width,
      answer.height,
    ])
    expect(iframe.getAttribute('title')).toMatch(/Cold Open/)
  })

  it('respects maxwidth and maxheight, leaving out a thumbnail that would not fit', async () => {
    const narrow = await (await oembed({ url: pageUrl, maxwidth: '300' })).json()
    expect(narrow.width).toBe(300)
    expect(narrow).not.toHaveProperty('thumbnail_url')
    expect(narrow).not.toHaveProperty('thumbnail_width')
    const roomy = await (await oembed({ url: pageUrl, maxwidth: '2000', maxheight: '2000' })).json()
    expect(roomy.width).toBeLessThanOrEqual(2000)
    expect(roomy).toHaveProperty('thumbnail_url')
    expect((await oembed({ url: pageUrl, maxwidth: '100' })).status).toBe(404)
    expect((await oembed({ url: pageUrl, maxheight: '50' })).status).toBe(404)
  })

  it('refuses bad input with the spec’s status codes', async () => {
    const cases: [Record<string, string>, number][] = [
      [{ url: pageUrl, format: 'xml' }, 501],
      [{ url: pageUrl, format: 'yaml' }, 501],
      [{ url: pageUrl, maxwidth: 'wide' }, 400],
      [{ url: pageUrl, maxwidth: '0' }, 400],
      [{ url: pageUrl, maxheight: '-5' }, 400],
      [{}, 400],
      [{ url: 'not a url' }, 400],
      [{ url: 'https://elsewhere.example/reviews/love-in-the-big-city-episode-3' }, 404],
      [{ url: `${site}/series/love-in-the-big-city` }, 404],
      [{ url: `${site}/reviews/no-such-review` }, 404],
      [{ url: `${site}/reviews/love-in-the-big-city-ending-explained` }, 404],
      [{ url: `${site}/reviews/love-in-the-big-city-episode-4-second-opinion` }, 404],
      [{ url: `${site}/reviews/%3Cscript%3E` }, 404],
    ]
    for (const [query, status] of cases) {
      const response = await oembed(query)
      expect(response.status, JSON.stringify(query)).toBe(status)
      expect((await response.json()).error, JSON.stringify(query)).toEqual(expect.any(String))
    }
  })
})
