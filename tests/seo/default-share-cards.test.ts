import { describe, expect, it, vi } from 'vitest'

import HomeShareImage from '@/app/(site)/opengraph-image'
import CriticsShareImage from '@/app/(site)/critics/opengraph-image'
import CriticShareImage from '@/app/(site)/critics/[slug]/opengraph-image'
import NewsListShareImage from '@/app/(site)/news/opengraph-image'
import ArticleShareImage from '@/app/(site)/news/[slug]/opengraph-image'
import LaterNewsPageShareImage from '@/app/(site)/news/page/[page]/opengraph-image'
import PeopleListShareImage from '@/app/(site)/people/opengraph-image'
import ReviewsListShareImage from '@/app/(site)/reviews/opengraph-image'
import SeriesListShareImage from '@/app/(site)/series/opengraph-image'
import AppleIcon from '@/app/apple-icon'
import { GET as favicon } from '@/app/favicon.ico/route'
import Icon from '@/app/icon'

import { refuseNetwork } from '../support/refuse-network'
import { recordedFetches, resetRecords } from './next-stand-ins'

vi.mock('next/headers', () => import('./next-stand-ins'))
vi.mock('next/cache', () => import('./next-stand-ins'))
vi.mock('@/lib/content/fetch', async (importOriginal) =>
  (await import('./next-stand-ins')).recordingFetch(await importOriginal()),
)

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]

/** Width and height from a PNG's IHDR chunk, after checking the signature. */
function pngSize(bytes: Uint8Array): { width: number; height: number } {
  expect(Array.from(bytes.slice(0, 8))).toEqual(PNG_SIGNATURE)
  expect(new TextDecoder().decode(bytes.slice(12, 16))).toBe('IHDR')
  const view = new DataView(bytes.buffer, bytes.byteOffset)
  return { width: view.getUint32(16), height: view.getUint32(20) }
}

async function responseSize(response: Response) {
  expect(response.status).toBe(200)
  return pngSize(new Uint8Array(await response.arrayBuffer()))
}

const params = <T>(value: T) => ({ params: Promise.resolve(value) })

const networkRequests = refuseNetwork('Share cards and icons')

describe('the default share cards of pages without a picture of their own', () => {
  const cases = [
    ['home', () => HomeShareImage()],
    ['news list', () => NewsListShareImage()],
    ['later news page', () => LaterNewsPageShareImage()],
    ['news story', () => ArticleShareImage(params({ slug: 'trailer-released' }))],
    ['critics list', () => CriticsShareImage()],
    ['critic', () => CriticShareImage(params({ slug: 'theo-brandt' }))],
    ['reviews list', () => ReviewsListShareImage()],
    ['people list', () => PeopleListShareImage()],
    ['series list', () => SeriesListShareImage()],
  ] as const

  it.each(cases)('the %s card is a 1200x630 PNG, drawn offline from published content', async (_name, draw) => {
    resetRecords()
    const response = await draw()
    expect(response.headers.get('content-type')).toBe('image/png')
    expect(await responseSize(response)).toEqual({ width: 1200, height: 630 })
    for (const call of recordedFetches) expect(call.perspective).toBe('published')
    expect(networkRequests).toEqual([])
  })

  it('answers 404 for a critic or story that has no published document', async () => {
    expect((await CriticShareImage(params({ slug: 'no-such-critic' }))).status).toBe(404)
    expect((await ArticleShareImage(params({ slug: 'no-such-story' }))).status).toBe(404)
  })
})

describe('the site icon', () => {
  it('is a 32 px PNG icon and a 180 px Apple touch icon', async () => {
    expect(await responseSize(Icon())).toEqual({ width: 32, height: 32 })
    expect(await responseSize(AppleIcon())).toEqual({ width: 180, height: 180 })
  })

  it('/favicon.ico is an icon file holding 16, 32 and 48 px PNGs', async () => {
    const response = await favicon()
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe('image/x-icon')
    const ico = new Uint8Array(await response.arrayBuffer())
    const view = new DataView(ico.buffer)
    expect([view.getUint16(0, true), view.getUint16(2, true)]).toEqual([0, 1])
    const count = view.getUint16(4, true)
    const sizes = Array.from({ length: count }, (_, index) => {
      const entry = 6 + 16 * index
      const [length, offset] = [view.getUint32(entry + 8, true), view.getUint32(entry + 12, true)]
      const size = pngSize(ico.slice(offset, offset + length))
      expect(size).toEqual({ width: view.getUint8(entry), height: view.getUint8(entry + 1) })
      return size.width
    })
    expect(sizes).toEqual([16, 32, 48])
    expect(networkRequests).toEqual([])
  })
})
