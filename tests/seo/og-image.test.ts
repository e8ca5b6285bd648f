import { createElement } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import { describe, expect, it, vi } from 'vitest'

import EpisodeShareImage from '@/app/(site)/series/[slug]/episodes/[number]/opengraph-image'
import SeriesShareImage, { size as seriesCardSize } from '@/app/(site)/series/[slug]/opengraph-image'
import PersonShareImage from '@/app/(site)/people/[slug]/opengraph-image'
import ReviewShareImage from '@/app/(site)/reviews/[slug]/opengraph-image'

import { renderShareCard } from '@/lib/og/render-share-card'
import { ShareCard } from '@/lib/og/ShareCard'
import { readAudienceSummary } from '@/lib/reactions/read'

import { refuseNetwork } from '../support/refuse-network'
import { recordedFetches, resetRecords } from './next-stand-ins'

vi.mock('next/headers', () => import('./next-stand-ins'))
vi.mock('next/cache', () => import('./next-stand-ins'))
// The reader database is the store tests' business: here each subject has a known summary.
vi.mock('@/lib/reactions/read', () => ({
  readAudienceSummary: vi.fn(async (subject: string) => ({ subject, count: 12, average: 8.1, histogram: {} })),
}))
vi.mock('@/lib/content/fetch', async (importOriginal) =>
  (await import('./next-stand-ins')).recordingFetch(await importOriginal()),
)

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]

/** Width and height from the PNG's IHDR chunk (bytes 16-23, big-endian), after checking the signature. */
async function pngSize(response: Response): Promise<{ width: number; height: number }> {
  const bytes = new Uint8Array(await response.arrayBuffer())
  expect(Array.from(bytes.slice(0, 8))).toEqual(PNG_SIGNATURE)
  expect(new TextDecoder().decode(bytes.slice(12, 16))).toBe('IHDR')
  const view = new DataView(bytes.buffer, bytes.byteOffset)
  return { width: view.getUint32(16), height: view.getUint32(20) }
}

const params = <T>(value: T) => ({ params: Promise.resolve(value) })

const networkRequests = refuseNetwork('Share cards')

describe('share images (opengraph-image routes) on the bundled dataset', () => {
  const cases = [
    ['series', () => SeriesShareImage(params({ slug: 'love-in-the-big-city' }))],
    ['episode', () => EpisodeShareImage(params({ slug: 'love-in-the-big-city', number: '4' }))],
    ['series review', () => ReviewShareImage(params({ slug: 'love-in-the-big-city-review' }))],
    ['unscored review', () => ReviewShareImage(params({ slug: 'love-in-the-big-city-ending-explained' }))],
    ['person', () => PersonShareImage(params({ slug: 'nam-yoon-su' }))],
  ] as const

  it.each(cases)('the %s card is a 1200x630 PNG', async (_name, draw) => {
    const response = await draw()
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe('image/png')
    expect(await pngSize(response)).toEqual({ width: 1200, height: 630 })
  })

  it('draws a title in a script the card fonts lack without fetching a font', async () => {
    const response = await renderShareCard({
      kicker: 'Series',
      title: '대도시의 사랑법 (Love in the Big City) 🎬',
      score: 9.3,
      siteName: 'Cold Open',
    })
    expect(await pngSize(response)).toEqual({ width: 1200, height: 630 })
    expect(networkRequests).toEqual([])
  })

  it('declares the size Next puts in og:image:width and og:image:height', () => {
    expect(seriesCardSize).toEqual({ width: 1200, height: 630 })
  })

  it('answers 404 for a slug with no published document, including a draft-only review', async () => {
    expect((await ReviewShareImage(params({ slug: 'love-in-the-big-city-episode-4-second-opinion' }))).status).toBe(404)
    expect((await SeriesShareImage(params({ slug: 'no-such-series' }))).status).toBe(404)
    expect((await EpisodeShareImage(params({ slug: 'love-in-the-big-city', number: '04' }))).status).toBe(404)
  })

  it('reads the published perspective even in draft mode', async () => {
    resetRecords()
    await SeriesShareImage(params({ slug: 'love-in-the-big-city' }))
    expect(recordedFetches.length).toBeGreaterThan(0)
    for (const call of recordedFetches) expect(call.perspective).toBe('published')
  })

  it('carries the readers’ score of that very series and episode', async () => {
    vi.mocked(readAudienceSummary).mockClear()
    await SeriesShareImage(params({ slug: 'love-in-the-big-city' }))
    await EpisodeShareImage(params({ slug: 'love-in-the-big-city', number: '4' }))
    expect(vi.mocked(readAudienceSummary).mock.calls).toEqual([
      ['series-love-in-the-big-city'],
      ['episode-love-in-the-big-city-4'],
    ])
  })
})

describe('the readers’ score on a share card', () => {
  const card = (audience: { count: number; average: number | null } | null) =>
    renderToStaticMarkup(
      createElement(ShareCard, { kicker: 'Series', title: 'A title', score: 9.3, siteName: 'Cold Open', audience }),
    )
      .replace(/<[^>]+>/g, ' ')
      .replace(/\s+/g, ' ')

  it('shows the average to one decimal and the number of ratings', () => {
    expect(card({ count: 23, average: 8 })).toContain('Readers 8.0 /10 23 ratings')
  })

  it('under five ratings shows the count and no average', () => {
    const text = card({ count: 4, average: 7.5 })
    expect(text).toContain('Readers Not enough ratings yet 4 ratings')
    expect(text).not.toContain('7.5')
  })

  it('is left off when the page has none to show', () => {
    expect(card(null)).not.toContain('Readers')
  })
})
