// @vitest-environment jsdom
import { vercelStegaCombine } from '@vercel/stega'
import { renderToStaticMarkup } from 'react-dom/server'
import { describe, expect, it } from 'vitest'

import { JsonLd, type JsonLdNode } from '@/components/seo/JsonLd'
import {
  ARTICLE_PAGE_QUERY,
  EPISODE_PAGE_QUERY,
  PERSON_PAGE_QUERY,
  REVIEW_PAGE_QUERY,
  SERIES_PAGE_QUERY,
} from '@/lib/content/queries'
import { queryBundledDataset } from '@/lib/content/sources/bundled'
import { env } from '@/lib/env/server'
import { TOP_CAST_SIZE } from '@/lib/cast'
import { articlePageJsonLd, episodePageJsonLd, personPageJsonLd, reviewPageJsonLd, seriesPageJsonLd } from '@/lib/seo'
import type { ReviewSeoInput } from '@/lib/seo/json-ld/review'

type Json = Record<string, any> // eslint-disable-line @typescript-eslint/no-explicit-any

const site = env.siteUrl
const page = (query: string, params: Record<string, unknown>) =>
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  queryBundledDataset<any>({ query, params, perspective: 'published', file: env.bundledDatasetFile })

/** Renders what the page renders and reads the structured data back as a crawler would. */
function structuredData(nodes: ReadonlyArray<JsonLdNode | null>): Json[] {
  const html = renderToStaticMarkup(<JsonLd data={nodes} />)
  const doc = new DOMParser().parseFromString(`<!doctype html><html><head>${html}</head></html>`, 'text/html')
  return Array.from(doc.querySelectorAll('script[type="application/ld+json"]'), (script) =>
    JSON.parse(script.textContent ?? ''),
  )
}

function expectPerson(node: Json, name: string, path: string) {
  expect(node['@type']).toBe('Person')
  expect(node.name).toBe(name)
  expect(node.url).toBe(`${site}${path}`)
}

describe('review page JSON-LD', () => {
  it('is a Review of the series with the critic’s 0-10 rating, author and date', async () => {
    const review = await page(REVIEW_PAGE_QUERY, { slug: 'love-in-the-big-city-review' })
    const [node] = structuredData(reviewPageJsonLd(review))
    expect(node['@context']).toBe('https://schema.org')
    expect(node['@type']).toBe('Review')
    expect(node.reviewRating).toEqual({ '@type': 'Rating', ratingValue: 9.3, bestRating: 10, worstRating: 0 })
    expectPerson(node.author, 'Mara Seo', '/critics/mara-seo')
    expect(node.datePublished).toBe('2024-11-08T09:00:00Z')
    // The published edit date, not the pending draft's.
    expect(node.dateModified).toBe('2024-11-12T14:30:00Z')
    expect(node.itemReviewed).toMatchObject({
      '@type': 'TVSeries',
      name: 'Love in the Big City',
      url: `${site}/series/love-in-the-big-city`,
    })
    expect(node.url).toBe(`${site}/reviews/love-in-the-big-city-review`)
    expect(JSON.stringify(node)).not.toMatch(/aggregateRating/)
  })

  it('reviews the episode itself for an episode review', async () => {
    const review = await page(REVIEW_PAGE_QUERY, { slug: 'love-in-the-big-city-episode-2' })
    const [node] = structuredData(reviewPageJsonLd(review))
    expect(node['@type']).toBe('Review')
    expect(node.reviewRating.ratingValue).toBe(9.5)
    expect(node.itemReviewed['@type']).toBe('TVEpisode')
    expect(node.itemReviewed.episodeNumber).toBe(2)
    expect(node.itemReviewed.name).toBe(review.episode.title)
    expect(node.itemReviewed.url).toBe(`${site}/series/love-in-the-big-city/episodes/2`)
    expect(node.itemReviewed.partOfSeries).toMatchObject({ '@type': 'TVSeries', name: 'Love in the Big City' })
  })

  it('marks an unscored ending explainer as an Article, never a Review without a rating', async () => {
    const review = await page(REVIEW_PAGE_QUERY, { slug: 'love-in-the-big-city-ending-explained' })
    expect(review.score).toBeNull()
    const [node] = structuredData(reviewPageJsonLd(review))
    expect(node['@type']).toBe('Article')
    expect(node.headline).toBe(review.title)
    expect(node.reviewRating).toBeUndefined()
    expect(node.about).toMatchObject({ '@type': 'TVSeries', name: 'Love in the Big City' })
  })

  it('counts published reader comments, and says nothing of comments when there are none', async () => {
    const review = await page(REVIEW_PAGE_QUERY, { slug: 'love-in-the-big-city-first-impressions' })
    expect(structuredData(reviewPageJsonLd(review, { commentCount: 5 }))[0].commentCount).toBe(5)
    expect(structuredData(reviewPageJsonLd(review, { commentCount: 0 }))[0]).not.toHaveProperty('commentCount')
    const article = await page(ARTICLE_PAGE_QUERY, { slug: 'trailer-released' })
    const [news] = structuredData(articlePageJsonLd(article, { commentCount: 1 }))
    expect(news).toMatchObject({ '@type': 'NewsArticle', commentCount: 1 })
  })
})

describe('series page JSON-LD', () => {
  it('is a TVSeries with episode count, dates, top-billed actors, directors and our own review', async () => {
    const series = await page(SERIES_PAGE_QUERY, { slug: 'love-in-the-big-city' })
    const [node] = structuredData(seriesPageJsonLd(series))
    expect(node['@type']).toBe('TVSeries')
    expect(node.name).toBe('Love in the Big City')
    expect(node.alternateName).toBe('대도시의 사랑법')
    expect(node.url).toBe(`${site}/series/love-in-the-big-city`)
    expect(node.numberOfEpisodes).toBe(8)
    expect(node.startDate).toBe('2024-10-21')
    expect(node.endDate).toBe('2024-10-21')
    expect(node.image).toBe(`${site}/bundled-images/series-love-in-the-big-city-poster.svg`)

    // The actors the overview shows as its top cast; the full cast is on the cast page.
    const leads = series.cast
      .slice(0, TOP_CAST_SIZE)
      .filter((character: Json) => character.actor)
      .map((character: Json) => character.actor.name)
    expect(series.cast.length).toBeGreaterThan(TOP_CAST_SIZE)
    expect(node.actor.map((actor: Json) => actor.name)).toEqual([...new Set(leads)])
    expectPerson(node.actor[0], 'Nam Yoon-su', '/people/nam-yoon-su')

    const arcDirectors = series.arcs.flatMap((arc: Json) => arc.directors.map((director: Json) => director.name))
    expect(node.director.length).toBeGreaterThan(0)
    for (const name of arcDirectors) expect(node.director.map((director: Json) => director.name)).toContain(name)
    expect(new Set(node.director.map((director: Json) => director.name)).size).toBe(node.director.length)

    // Each episode page carries its own TVEpisode; the overview does not list them.
    expect(node.episode).toBeUndefined()
    expect(node.review.reviewRating).toEqual({ '@type': 'Rating', ratingValue: 9.3, bestRating: 10, worstRating: 0 })
    expectPerson(node.review.author, 'Mara Seo', '/critics/mara-seo')
    // Google: no rating aggregated from other sites (and none invented from our own critics).
    expect(node.aggregateRating).toBeUndefined()
  })
})

describe('episode page JSON-LD', () => {
  it('is a TVEpisode with its number, its series and crew', async () => {
    const episode = await page(EPISODE_PAGE_QUERY, { slug: 'love-in-the-big-city', number: 5 })
    const [node] = structuredData(episodePageJsonLd(episode))
    expect(node['@type']).toBe('TVEpisode')
    expect(node.episodeNumber).toBe(5)
    expect(node.name).toBe(episode.title)
    expect(node.url).toBe(`${site}/series/love-in-the-big-city/episodes/5`)
    expect(node.partOfSeries).toEqual({
      '@type': 'TVSeries',
      name: 'Love in the Big City',
      url: `${site}/series/love-in-the-big-city`,
      numberOfEpisodes: 8,
    })
    expect(node.director.map((person: Json) => person.name)).toEqual(
      episode.directors.map((person: Json) => person.name),
    )
    expect(node.review.reviewRating.ratingValue).toBe(episode.review.score)
    if (episode.runtimeMinutes) expect(node.timeRequired).toBe(`PT${episode.runtimeMinutes}M`)
  })
})

describe('the readers’ AggregateRating', () => {
  const readers = (count: number, average: number | null) => ({ count, average })

  it('rates the series from reader ratings only, beside the critic’s Review, from five ratings', async () => {
    const series = await page(SERIES_PAGE_QUERY, { slug: 'love-in-the-big-city' })
    const [node] = structuredData(seriesPageJsonLd(series, readers(23, 8.4)))
    expect(node.aggregateRating).toEqual({
      '@type': 'AggregateRating',
      ratingValue: 8.4,
      ratingCount: 23,
      bestRating: 10,
      worstRating: 1,
    })
    // The critic's score stays a Review of its own, on its own 0-10 scale.
    expect(node.review['@type']).toBe('Review')
    expect(node.review.reviewRating.ratingValue).toBe(9.3)
    expect(structuredData(seriesPageJsonLd(series, readers(5, 6)))[0].aggregateRating.ratingValue).toBe(6)
  })

  it('rates an episode the same way', async () => {
    const episode = await page(EPISODE_PAGE_QUERY, { slug: 'love-in-the-big-city', number: 5 })
    const [node] = structuredData(episodePageJsonLd(episode, readers(6, 7.25)))
    expect(node.aggregateRating).toEqual({
      '@type': 'AggregateRating',
      ratingValue: 7.3,
      ratingCount: 6,
      bestRating: 10,
      worstRating: 1,
    })
    expect(node.review['@type']).toBe('Review')
  })

  it('is left out under five ratings, with no ratings, or with no average', async () => {
    const series = await page(SERIES_PAGE_QUERY, { slug: 'love-in-the-big-city' })
    const episode = await page(EPISODE_PAGE_QUERY, { slug: 'love-in-the-big-city', number: 5 })
    for (const audience of [readers(4, 9), readers(0, null), readers(12, null), null, undefined]) {
      expect(structuredData(seriesPageJsonLd(series, audience))[0].aggregateRating).toBeUndefined()
      expect(structuredData(episodePageJsonLd(episode, audience))[0].aggregateRating).toBeUndefined()
    }
  })
})

describe('person page JSON-LD', () => {
  it('is a Person with the page URL and other names', async () => {
    const person = await page(PERSON_PAGE_QUERY, { slug: 'nam-yoon-su' })
    const [node] = structuredData(personPageJsonLd(person))
    expectPerson(node, 'Nam Yoon-su', '/people/nam-yoon-su')
    expect(node['@context']).toBe('https://schema.org')
    if (person.nativeName) expect(node.alternateName).toContain(person.nativeName)
    expect(node.jobTitle).toContain('Actor')
  })
})

describe('JSON-LD safety', () => {
  const hostile: ReviewSeoInput = {
    kind: 'series',
    title: 'Loved it </script><script>alert("x")</script> <!--',
    slug: 'hostile',
    publishedAt: '2024-11-08T09:00:00Z',
    score: 8,
    verdict: 'Fine & dandy',
    critic: { name: 'Mara Seo', slug: 'mara-seo' },
    series: { title: 'Love in the Big City', slug: 'love-in-the-big-city' },
  }

  it('cannot be broken out of by an editor’s text, and the data survives intact', () => {
    const html = renderToStaticMarkup(<JsonLd data={reviewPageJsonLd(hostile)} />)
    expect(html.match(/<\/script>/g)).toHaveLength(1)
    expect(html).not.toContain('<!--')
    const [node] = structuredData(reviewPageJsonLd(hostile))
    expect(node.name).toBe(hostile.title)
    expect(node.reviewBody).toBe('Fine & dandy')
  })

  it('carries no stega marks from visual editing into any string', () => {
    const marked = (text: string) =>
      vercelStegaCombine(text, { origin: 'sanity.io', href: '/studio/intent/edit/id=review.x' })
    expect(marked('Mara Seo')).not.toBe('Mara Seo')
    const [node] = structuredData(
      reviewPageJsonLd({
        ...hostile,
        title: marked('A title'),
        verdict: marked('A verdict'),
        critic: { name: marked('Mara Seo'), slug: 'mara-seo' },
      }),
    )
    expect(node.name).toBe('A title')
    expect(node.reviewBody).toBe('A verdict')
    expect(node.author.name).toBe('Mara Seo')
  })
})
