import { vercelStegaCombine } from '@vercel/stega'
import { describe, expect, it } from 'vitest'

import { REVIEW_PAGE_QUERY, SERIES_CAST_QUERY, SERIES_PAGE_QUERY } from '@/lib/content/queries'
import { queryBundledDataset } from '@/lib/content/sources/bundled'
import { env } from '@/lib/env/server'
import {
  buildMetadata,
  listingPageMetadata,
  reviewPageMetadata,
  seriesPageMetadata,
  seriesSectionMetadata,
} from '@/lib/seo'

const site = env.siteUrl
const page = (query: string, params: Record<string, unknown>) =>
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  queryBundledDataset<any>({ query, params, perspective: 'published', file: env.bundledDatasetFile })

describe('buildMetadata', () => {
  it('gives the canonical URL, Open Graph and Twitter card the same absolute URL, title and description', () => {
    const metadata = buildMetadata({
      title: 'The Album',
      description: 'Episode four.',
      path: '/series/x/episodes/4',
      type: 'video.episode',
    })
    expect(metadata.alternates?.canonical).toBe(`${site}/series/x/episodes/4`)
    expect(metadata.openGraph).toMatchObject({
      type: 'video.episode',
      url: `${site}/series/x/episodes/4`,
      title: 'The Album',
      description: 'Episode four.',
    })
    expect(metadata.twitter).toMatchObject({
      card: 'summary_large_image',
      title: 'The Album',
      description: 'Episode four.',
    })
    expect(metadata.alternates?.types).toEqual({
      'application/rss+xml': [{ url: `${site}/feed.xml`, title: 'Reviews and news' }],
    })
  })

  it('leaves `images` out unless given one, so Next can add the route’s generated share image', () => {
    const without = buildMetadata({ title: 'A', path: '/a' })
    expect(Object.hasOwn(without.openGraph!, 'images')).toBe(false)
    expect(Object.hasOwn(without.twitter!, 'images')).toBe(false)
    const withImage = buildMetadata({
      title: 'A',
      path: '/a',
      image: { url: '/cover.jpg', width: 1200, height: 630, alt: 'Cover' },
    })
    expect(withImage.openGraph?.images).toEqual([{ url: `${site}/cover.jpg`, width: 1200, height: 630, alt: 'Cover' }])
  })

  it('shortens a long description at a word boundary for search results', () => {
    const long = 'word '.repeat(60)
    const { description } = buildMetadata({ title: 'A', description: long, path: '/a' })
    expect(description!.length).toBeLessThanOrEqual(160)
    expect(description).toMatch(/^(word )+word…$/)
  })

  it('strips stega marks so titles and descriptions are indexed as editors wrote them', () => {
    const marked = (text: string) => vercelStegaCombine(text, { origin: 'sanity.io', href: '/studio/intent/edit/id=x' })
    const metadata = buildMetadata({
      title: marked('Love in the Big City'),
      description: marked('A young writer in Seoul.'),
      path: '/series/x',
    })
    expect(metadata.title).toBe('Love in the Big City')
    expect(metadata.description).toBe('A young writer in Seoul.')
    expect(metadata.openGraph?.title).toBe('Love in the Big City')
  })
})

describe('page metadata from the bundled dataset', () => {
  it('describes a series by its tagline under “Title (year)”', async () => {
    const series = await page(SERIES_PAGE_QUERY, { slug: 'love-in-the-big-city' })
    const metadata = seriesPageMetadata(series)
    expect(metadata.title).toBe('Love in the Big City (2024)')
    expect(metadata.description).toBe(series.tagline)
    expect(metadata.alternates?.canonical).toBe(`${site}/series/love-in-the-big-city`)
  })

  it('gives each subpage of a series its own title and canonical address', async () => {
    const series = await page(SERIES_CAST_QUERY, { slug: 'love-in-the-big-city' })
    const titles = (['cast', 'episodes', 'reviews'] as const).map((section) => {
      const metadata = seriesSectionMetadata(series, section)
      expect(metadata.alternates?.canonical).toBe(`${site}/series/love-in-the-big-city/${section}`)
      expect(metadata.openGraph?.url).toBe(`${site}/series/love-in-the-big-city/${section}`)
      expect(metadata.description).toContain('Love in the Big City')
      return metadata.title
    })
    expect(titles).toEqual([
      'Cast and crew of Love in the Big City (2024)',
      'Episode guide: Love in the Big City (2024)',
      'Reviews of Love in the Big City (2024)',
    ])
  })

  it('marks a review as an article with its critic and published dates', async () => {
    const review = await page(REVIEW_PAGE_QUERY, { slug: 'love-in-the-big-city-review' })
    const metadata = reviewPageMetadata(review)
    expect(metadata.title).toBe(review.title)
    expect(metadata.openGraph).toMatchObject({
      type: 'article',
      publishedTime: '2024-11-08T09:00:00Z',
      modifiedTime: '2024-11-12T14:30:00Z',
      authors: ['Mara Seo'],
    })
    expect(metadata.description!.length).toBeLessThanOrEqual(160)
  })
})

describe('the oEmbed discovery link', () => {
  it('a scored review announces its oEmbed answer for its own page URL; an unscored one does not', async () => {
    const scored = await page(REVIEW_PAGE_QUERY, { slug: 'love-in-the-big-city-episode-3' })
    const types = reviewPageMetadata(scored).alternates?.types as Record<string, { url: string }[]>
    const [link] = types['application/json+oembed']
    const url = new URL(link.url)
    expect(`${url.origin}${url.pathname}`).toBe(`${site}/api/oembed`)
    expect(url.searchParams.get('url')).toBe(`${site}/reviews/love-in-the-big-city-episode-3`)
    expect(url.searchParams.get('format')).toBe('json')
    expect(types['application/rss+xml']).toHaveLength(1)

    const unscored = await page(REVIEW_PAGE_QUERY, { slug: 'love-in-the-big-city-ending-explained' })
    expect(reviewPageMetadata(unscored).alternates?.types).not.toHaveProperty('application/json+oembed')
  })
})

describe('listingPageMetadata', () => {
  const reviews = { title: 'Reviews', description: 'Every review, newest first.', path: '/reviews' } as const

  it('page 1 is the list itself', () => {
    for (const metadata of [listingPageMetadata(reviews), listingPageMetadata({ ...reviews, page: 1 })]) {
      expect(metadata.title).toBe('Reviews')
      expect(metadata.alternates?.canonical).toBe(`${site}/reviews`)
    }
  })

  it('a later page names its number in the title, the share card and its own canonical URL', () => {
    const metadata = listingPageMetadata({ ...reviews, page: 3 })
    expect(metadata.title).toBe('Reviews, page 3')
    expect(metadata.alternates?.canonical).toBe(`${site}/reviews/page/3`)
    expect(metadata.openGraph).toMatchObject({ title: 'Reviews, page 3', url: `${site}/reviews/page/3` })
    expect(metadata.twitter).toMatchObject({ title: 'Reviews, page 3' })
  })
})
