import { describe, expect, it, vi } from 'vitest'

vi.mock('@/lib/env/public', async () => {
  const { readPublicEnv } = await import('@/lib/env/schema')
  const publicEnv = readPublicEnv({
    NEXT_PUBLIC_SANITY_PROJECT_ID: 'proj123',
    NEXT_PUBLIC_SANITY_DATASET: 'production',
  })
  return { publicEnv }
})
const { imageDimensions, imageUrl } = await import('@/lib/content/image')

const lakeImage = {
  _type: 'image',
  asset: { _ref: 'image-0f1e2d3c4b5a69788796a5b4c3d2e1f0a9b8c7d6-1200x1800-jpg', _type: 'reference' },
  crop: { _type: 'sanity.imageCrop', top: 0.1, bottom: 0.1, left: 0, right: 0.25 },
  hotspot: { _type: 'sanity.imageHotspot', x: 0.3, y: 0.4, width: 0.2, height: 0.2 },
}

describe('imageUrl', () => {
  it('serves a bundled image from the site itself', () => {
    expect(imageUrl({ _sanityAsset: 'image@file://./images/poster.svg' }, { width: 400 })).toBe(
      '/bundled-images/poster.svg',
    )
  })

  it('refuses bundled paths that leave images/', () => {
    expect(imageUrl({ _sanityAsset: 'image@file://./images/../.env' }, { width: 400 })).toBeNull()
    expect(imageUrl({ _sanityAsset: 'image@file:///etc/passwd' }, { width: 400 })).toBeNull()
  })

  it('asks the Sanity CDN for a Content Lake image, cropped around the hotspot when both sides are given', () => {
    const url = new URL(imageUrl(lakeImage, { width: 300, height: 450 })!)
    expect(`${url.origin}${url.pathname}`).toBe(
      'https://cdn.sanity.io/images/proj123/production/0f1e2d3c4b5a69788796a5b4c3d2e1f0a9b8c7d6-1200x1800.jpg',
    )
    expect(url.searchParams.get('w')).toBe('300')
    expect(url.searchParams.get('h')).toBe('450')
    // The editor's crop removes the right quarter and a tenth top and bottom: the rect stays inside it.
    const [left, top, width, height] = url.searchParams.get('rect')!.split(',').map(Number)
    expect(left + width).toBeLessThanOrEqual(900)
    expect(top).toBeGreaterThanOrEqual(180)
    expect(top + height).toBeLessThanOrEqual(1620)
    expect(url.searchParams.get('auto')).toBe('format')
  })

  it('gives null for an empty field', () => {
    expect(imageUrl(null, { width: 10 })).toBeNull()
    expect(imageUrl({ asset: null }, { width: 10 })).toBeNull()
  })
})

describe('imageDimensions', () => {
  it('reads a Content Lake image size from its asset id, after the crop', () => {
    expect(imageDimensions(lakeImage)).toEqual({ width: 900, height: 1440, aspectRatio: 900 / 1440 })
  })

  it('reads a bundled image size from its file name when it carries one', () => {
    expect(imageDimensions({ _sanityAsset: 'image@file://./images/poster-600x900.svg' })).toEqual({
      width: 600,
      height: 900,
      aspectRatio: 600 / 900,
    })
    expect(imageDimensions({ _sanityAsset: 'image@file://./images/poster.svg' })).toBeNull()
  })
})
