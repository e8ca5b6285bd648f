/**
 * Every page query, run on the real bundled dataset through the bundled source in both
 * perspectives: each returns what its page renders, and an unknown slug returns null.
 */
import { mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'

import type { ContentPerspective } from '@/lib/content/perspective'
import * as queries from '@/lib/content/queries'
import { DOCUMENT_TYPES } from '@/lib/content/document-types'
import { DRAFTS_AMONG_QUERY, PUBLISHED_AMONG_QUERY } from '@/lib/content/preview-queries'
import { queryBundledDataset } from '@/lib/content/sources/bundled'
import {
  NEWS_PER_PAGE,
  PEOPLE_PER_PAGE,
  REVIEWS_PER_PAGE,
  SERIES_PER_PAGE,
  loadListPage,
  pageCount,
  pageSlice,
  type PagedResult,
} from '@/lib/paging'
import { hrefForDocument, type DocumentLinkTarget } from '@/lib/routes'
import type {
  ARTICLE_PAGE_QUERY_RESULT,
  CRITIC_PAGE_QUERY_RESULT,
  CRITICS_LIST_QUERY_RESULT,
  EPISODE_REVIEW_NEIGHBOURS_QUERY_RESULT,
  EMBED_REVIEW_QUERY_RESULT,
  EMBED_REVIEW_SLUGS_QUERY_RESULT,
  EPISODE_PAGE_QUERY_RESULT,
  HOME_PAGE_QUERY_RESULT,
  PEOPLE_LIST_QUERY_RESULT,
  PERSON_PAGE_QUERY_RESULT,
  REVIEW_LIST_QUERY_RESULT,
  REVIEW_PAGE_QUERY_RESULT,
  SERIES_LIST_QUERY_RESULT,
  SERIES_CAST_QUERY_RESULT,
  SERIES_EPISODE_GUIDE_QUERY_RESULT,
  SERIES_PAGE_QUERY_RESULT,
  SERIES_REVIEWS_QUERY_RESULT,
  SITE_SETTINGS_QUERY_RESULT,
} from '@/sanity.types'

const file = 'sanity/seed/dataset.ndjson'
const perspectives: ContentPerspective[] = ['published', 'drafts']
const series = 'love-in-the-big-city'

function run<Result>(
  query: string,
  params: Record<string, unknown> = {},
  perspective: ContentPerspective = 'published',
): Promise<Result> {
  return queryBundledDataset<Result>({ query, params, perspective, file })
}

type QueryName = keyof typeof queries

/** Params a real page passes to each query; a query missing here fails the first test. */
const knownParams: Record<QueryName, Record<string, unknown>> = {
  SITE_SETTINGS_QUERY: {},
  HOME_PAGE_QUERY: {},
  SERIES_SLUGS_QUERY: {},
  SERIES_LIST_QUERY: pageSlice(1, SERIES_PER_PAGE),
  SERIES_PAGE_QUERY: { slug: series },
  SERIES_CAST_QUERY: { slug: series },
  SERIES_EPISODE_GUIDE_QUERY: { slug: series },
  SERIES_REVIEWS_QUERY: { slug: series },
  EPISODE_PARAMS_QUERY: {},
  EPISODE_PAGE_QUERY: { slug: series, number: 5 },
  SERIES_READER_REVIEWS_QUERY: { slug: series },
  EPISODE_READER_REVIEWS_QUERY: { slug: series, number: 5 },
  REVIEW_SLUGS_QUERY: {},
  REVIEW_LIST_QUERY: pageSlice(1, REVIEWS_PER_PAGE),
  REVIEW_PAGE_QUERY: { slug: 'love-in-the-big-city-review' },
  EMBED_REVIEW_SLUGS_QUERY: {},
  EMBED_REVIEW_QUERY: { slug: 'love-in-the-big-city-episode-4' },
  PERSON_SLUGS_QUERY: {},
  PEOPLE_LIST_QUERY: pageSlice(1, PEOPLE_PER_PAGE),
  PERSON_PAGE_QUERY: { slug: 'nam-yoon-su' },
  CRITIC_SLUGS_QUERY: {},
  CRITICS_LIST_QUERY: {},
  CRITIC_PAGE_QUERY: { slug: 'mara-seo' },
  EPISODE_REVIEW_NEIGHBOURS_QUERY: { slug: 'love-in-the-big-city-episode-4' },
  ARTICLE_SLUGS_QUERY: {},
  ARTICLE_LIST_QUERY: pageSlice(1, NEWS_PER_PAGE),
  ARTICLE_PAGE_QUERY: { slug: 'trailer-released' },
  REACTION_SUBJECT_QUERY: { subject: 'episode-love-in-the-big-city-3' },
  SERIES_REACTION_SUBJECT_QUERY: { slug: series },
  EPISODE_REACTION_SUBJECT_QUERY: { slug: series, number: 3 },
  COMMENT_SUBJECT_QUERY: { subject: 'review-love-in-the-big-city-first-impressions' },
  SEARCH_INDEX_QUERY: {},
}

/** Every internalLink a result holds, wherever it sits (bodies, guide sections, spoilers). */
function internalLinkTargets(value: unknown, found: (DocumentLinkTarget | null)[] = []): (DocumentLinkTarget | null)[] {
  if (Array.isArray(value)) value.forEach((item) => internalLinkTargets(item, found))
  else if (value && typeof value === 'object') {
    const record = value as Record<string, unknown>
    if (record._type === 'internalLink') found.push((record.target as DocumentLinkTarget | null) ?? null)
    Object.values(record).forEach((item) => internalLinkTargets(item, found))
  }
  return found
}

describe('every exported query', () => {
  const entries = Object.entries(queries) as [QueryName, string][]

  it('is covered here with the params its page passes', () => {
    expect(entries.length).toBeGreaterThan(0)
    for (const [name] of entries) expect(knownParams, `add ${name} to knownParams`).toHaveProperty(name)
  })

  for (const perspective of perspectives) {
    it.each(entries)(`%s returns content in the ${perspective} perspective`, async (name, query) => {
      const result = await run<unknown>(query, knownParams[name], perspective)
      expect(result).not.toBeNull()
      if (Array.isArray(result)) expect(result.length).toBeGreaterThan(0)
    })
  }

  const bySlug = entries.filter(([, query]) => query.includes('$slug'))
  it.each(bySlug)('%s returns null for an unknown slug', async (name, query) => {
    const params = { ...knownParams[name], slug: 'no-such-slug' }
    for (const perspective of perspectives) expect(await run(query, params, perspective)).toBeNull()
  })

  it('resolves every internal link in page bodies to a site path', async () => {
    const pages: [string, Record<string, unknown>][] = [
      [queries.SERIES_PAGE_QUERY, { slug: series }],
      ...[1, 2, 3, 4, 5, 6, 7, 8].map((number): [string, Record<string, unknown>] => [
        queries.EPISODE_PAGE_QUERY,
        { slug: series, number },
      ]),
      [queries.REVIEW_PAGE_QUERY, { slug: 'love-in-the-big-city-review' }],
      [queries.REVIEW_PAGE_QUERY, { slug: 'love-in-the-big-city-ending-explained' }],
      [queries.PERSON_PAGE_QUERY, { slug: 'hur-jin-ho' }],
      [queries.ARTICLE_PAGE_QUERY, { slug: 'trailer-released' }],
    ]
    let links = 0
    for (const [query, params] of pages) {
      for (const target of internalLinkTargets(await run(query, params))) {
        links++
        expect(hrefForDocument(target), JSON.stringify(target)).toMatch(/^\/(series|reviews|people|critics|news)\//)
      }
    }
    expect(links).toBeGreaterThan(0)
  })
})

describe('layout and home', () => {
  it('site settings give the title and navigation', async () => {
    const settings = await run<SITE_SETTINGS_QUERY_RESULT>(queries.SITE_SETTINGS_QUERY)
    expect(settings?.title).toBe('Cold Open')
    expect(settings?.navigation?.map((item) => item.href)).toEqual([
      '/',
      '/series',
      '/reviews',
      '/people',
      '/news',
      '/critics',
    ])
  })

  it('home lists the latest reviews newest first, the highest scores best first, a spotlight and news', async () => {
    const home = await run<HOME_PAGE_QUERY_RESULT>(queries.HOME_PAGE_QUERY)
    const dates = home.latestReviews.map((review) => review.publishedAt!)
    expect(dates).toEqual(dates.toSorted().reverse())
    expect(home.latestReviews).toHaveLength(4)
    const scores = home.highestScores.map((review) => review.score!)
    expect(scores[0]).toBe(9.3)
    expect(scores).toEqual(scores.toSorted((a, b) => b - a))
    // The home page heads them "series reviews and first impressions".
    expect(home.highestScores.map((review) => review.kind)).toEqual(['series', 'first-impressions'])
    expect(home.spotlight?.slug).toBe(series)
    expect(home.spotlight?.seriesReview?.score).toBe(9.3)
    expect(home.latestNews[0]?.slug).toBe('trailer-released')
  })
})

describe('series', () => {
  // Each episode's score in the bundled dataset: its first published episode review's.
  const episodeScores = [
    [1, 9.0],
    [2, 9.5],
    [3, 8.7],
    [4, 9.3],
    [5, 9.1],
    [6, 9.2],
    [7, 8.6],
    [8, 9.6],
  ]

  it('the list carries the series score and the number of series', async () => {
    const { total, items } = await run<SERIES_LIST_QUERY_RESULT>(
      queries.SERIES_LIST_QUERY,
      knownParams.SERIES_LIST_QUERY,
    )
    expect(total).toBe(1)
    expect(items[0]).toMatchObject({ slug: series, seriesReview: { score: 9.3 }, episodeCount: 8 })
  })

  it('the page has the review score, aspects, history, eight episodes and their chart scores', async () => {
    const page = (await run<SERIES_PAGE_QUERY_RESULT>(queries.SERIES_PAGE_QUERY, { slug: series }))!
    expect(page.seriesReview).toMatchObject({
      score: 9.3,
      slug: 'love-in-the-big-city-review',
      critic: { name: 'Mara Seo' },
    })
    expect(page.seriesReview?.aspects?.map((aspect) => aspect.aspect)).toEqual([
      'Story',
      'Romance',
      'Acting',
      'Ending',
      'Artistry',
    ])
    expect(page.scoreHistory.map((review) => [review.kind, review.score])).toEqual([
      ['first-impressions', 9.2],
      ['series', 9.3],
    ])
    expect(page.episodes.map((episode) => episode.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8])
    expect(page.episodeScores.map((point) => [point.episode, point.review?.score])).toEqual(episodeScores)
    expect(page.episodeScores[4]).toMatchObject({ episodeTitle: 'The Toolbox' })
  })

  it('a draft second opinion never adds a second point for its episode', async () => {
    const page = (await run<SERIES_PAGE_QUERY_RESULT>(queries.SERIES_PAGE_QUERY, { slug: series }, 'drafts'))!
    const all = (await run<SERIES_REVIEWS_QUERY_RESULT>(queries.SERIES_REVIEWS_QUERY, { slug: series }, 'drafts'))!
    expect(all.reviews.map((review) => review.slug)).toContain('love-in-the-big-city-episode-4-second-opinion')
    expect(page.episodeScores).toHaveLength(8)
    expect(page.episodeScores[3]).toMatchObject({
      episode: 4,
      review: { _id: 'review-love-in-the-big-city-episode-4', score: 9.3 },
    })
  })

  it('the episode guide has the arcs with their directors, and every episode with its teaser and score', async () => {
    const guide = (await run<SERIES_EPISODE_GUIDE_QUERY_RESULT>(queries.SERIES_EPISODE_GUIDE_QUERY, { slug: series }))!
    expect(guide.arcs?.map((arc) => [arc.firstEpisode, arc.lastEpisode, arc.directors?.map((d) => d.slug)])).toEqual([
      [1, 2, ['son-tae-gyum']],
      [3, 4, ['hur-jin-ho']],
      [5, 6, ['hong-ji-young']],
      [7, 8, ['kim-se-in']],
    ])
    expect(guide.episodes.map((episode) => [episode.number, episode.review?.score])).toEqual(episodeScores)
    // The first paragraph's text, links flattened: the synopsis starts the same way on the episode page.
    expect(guide.episodes[0]!.synopsisOpening).toMatch(/^Go Young's newest boyfriend .* Young meets Kim Nam-gyu, /)
    expect(guide.episodes[0]!.directors?.map((director) => director.name)).toEqual(['Son Tae-gyum'])
  })

  it('the cast page orders the cast by billing with actors dereferenced; the overview has the same order', async () => {
    const castPage = (await run<SERIES_CAST_QUERY_RESULT>(queries.SERIES_CAST_QUERY, { slug: series }))!
    expect(castPage.cast[0]).toMatchObject({
      _id: 'character-go-young',
      name: 'Go Young',
      billing: 'lead',
      description: expect.any(String),
      actor: { name: 'Nam Yoon-su', slug: 'nam-yoon-su', nativeName: '남윤수' },
    })
    const rank = { lead: 0, main: 1, supporting: 2, guest: 3 } as Record<string, number>
    // A credit with no billing yet (role not announced) sorts with the guests.
    const ranks = castPage.cast.map((character) => (character.billing ? rank[character.billing] : 3))
    expect(ranks).toEqual(ranks.toSorted((a, b) => a - b))
    const overview = (await run<SERIES_PAGE_QUERY_RESULT>(queries.SERIES_PAGE_QUERY, { slug: series }))!
    expect(overview.cast.map((character) => character._id)).toEqual(castPage.cast.map((character) => character._id))
    expect(castPage.episodes.map((episode) => episode.writers?.map((writer) => writer.slug))).toContainEqual([
      'park-sang-young',
    ])
  })

  it('the cast includes Lee Se-hee, named in the announced cast with no role given', async () => {
    const page = (await run<SERIES_CAST_QUERY_RESULT>(queries.SERIES_CAST_QUERY, { slug: series }))!
    const credit = page.cast.find((character) => character.actor?.slug === 'lee-se-hee')
    expect(credit).toMatchObject({ name: null, billing: null, actor: { name: 'Lee Se-hee' } })
    const person = (await run<PERSON_PAGE_QUERY_RESULT>(queries.PERSON_PAGE_QUERY, { slug: 'lee-se-hee' }))!
    expect(person.characters.map((character) => [character.name, character.series?.slug])).toEqual([[null, series]])
  })

  it('the reviews page has every review newest first; the overview the newest three and the count', async () => {
    const all = (await run<SERIES_REVIEWS_QUERY_RESULT>(queries.SERIES_REVIEWS_QUERY, { slug: series }))!
    expect(all.reviews).toHaveLength(11)
    const dates = all.reviews.map((review) => review.publishedAt!)
    expect(dates).toEqual(dates.toSorted().reverse())
    const page = (await run<SERIES_PAGE_QUERY_RESULT>(queries.SERIES_PAGE_QUERY, { slug: series }))!
    expect(page.reviewCount).toBe(11)
    expect(page.latestReviews.map((review) => review._id)).toEqual(all.reviews.slice(0, 3).map((review) => review._id))
  })

  it('the overview carries news, source work, adaptations, links and platforms', async () => {
    const page = (await run<SERIES_PAGE_QUERY_RESULT>(queries.SERIES_PAGE_QUERY, { slug: series }))!
    expect(page.news.map((article) => article.slug)).toEqual(['trailer-released'])
    expect(page.basedOn).toMatchObject({ author: 'Park Sang-young' })
    expect(page.relatedWorks?.map((work) => work.kind)).toContain('film')
    expect(page.externalLinks?.[0]?.url).toMatch(/^https:\/\//)
    expect(page.platforms?.map((platform) => [platform.name, platform.url])).toEqual([
      ['TVING', 'https://www.tving.com/'],
      ['Viki', 'https://www.viki.com/'],
    ])
  })
})

describe('episodes', () => {
  it('static params list each episode of the series once', async () => {
    const params = await run<{ slug: string; numbers: number[] }[]>(queries.EPISODE_PARAMS_QUERY)
    expect(params).toEqual([{ slug: series, numbers: [1, 2, 3, 4, 5, 6, 7, 8] }])
  })

  it('an episode has its guide, review, credits, arc and neighbours', async () => {
    const episode = (await run<EPISODE_PAGE_QUERY_RESULT>(queries.EPISODE_PAGE_QUERY, { slug: series, number: 5 }))!
    expect(episode).toMatchObject({ number: 5, title: 'The Toolbox', airDate: '2024-10-21', runtimeMinutes: 50 })
    expect(episode.directors?.map((person) => person.slug)).toEqual(['hong-ji-young'])
    expect(episode.series).toMatchObject({ slug: series, episodeCount: 8, arc: { firstEpisode: 5, lastEpisode: 6 } })
    expect(episode.review).toMatchObject({
      score: 9.1,
      slug: 'love-in-the-big-city-episode-5',
      critic: { name: 'Theo Brandt' },
    })
    expect(episode.guideSections?.map((section) => section.heading)).toEqual([
      'Love as maintenance',
      'Mi-ae, married',
      'The disclosure',
    ])
    expect(episode.contentNotes?.map((note) => note.topic)).toContain('hiv')
    expect(episode.previous).toMatchObject({ number: 4, title: 'The Album' })
    expect(episode.next).toMatchObject({ number: 6, title: 'Departures' })
  })

  it('the first and last episodes have one neighbour each', async () => {
    const first = (await run<EPISODE_PAGE_QUERY_RESULT>(queries.EPISODE_PAGE_QUERY, { slug: series, number: 1 }))!
    const last = (await run<EPISODE_PAGE_QUERY_RESULT>(queries.EPISODE_PAGE_QUERY, { slug: series, number: 8 }))!
    expect([first.previous, first.next?.number]).toEqual([null, 2])
    expect([last.previous?.number, last.next]).toEqual([7, null])
  })

  it('reviews covering an episode include ranges and, in drafts, a second opinion', async () => {
    const published = (await run<EPISODE_PAGE_QUERY_RESULT>(queries.EPISODE_PAGE_QUERY, { slug: series, number: 2 }))!
    expect(published.coveringReviews.map((review) => review.kind)).toEqual(
      expect.arrayContaining(['first-impressions', 'episode']),
    )
    const drafts = (await run<EPISODE_PAGE_QUERY_RESULT>(
      queries.EPISODE_PAGE_QUERY,
      { slug: series, number: 4 },
      'drafts',
    ))!
    expect(drafts.review?.slug).toBe('love-in-the-big-city-episode-4')
    expect(drafts.coveringReviews.map((review) => review.slug)).toContain(
      'love-in-the-big-city-episode-4-second-opinion',
    )
  })

  it('an episode number the series does not have, or another series, is null', async () => {
    expect(await run(queries.EPISODE_PAGE_QUERY, { slug: series, number: 9 })).toBeNull()
    expect(await run(queries.EPISODE_PAGE_QUERY, { slug: 'no-such-series', number: 1 })).toBeNull()
  })
})

describe('reviews', () => {
  it('the list holds published reviews only, newest first; drafts add the unpublished one', async () => {
    const published = await run<REVIEW_LIST_QUERY_RESULT>(queries.REVIEW_LIST_QUERY, knownParams.REVIEW_LIST_QUERY)
    expect(published.total).toBe(11)
    expect(published.items).toHaveLength(11)
    expect(published.items.map((review) => review.slug)).not.toContain('love-in-the-big-city-episode-4-second-opinion')
    const dates = published.items.map((review) => review.publishedAt!)
    expect(dates).toEqual(dates.toSorted().reverse())
    const drafts = await run<REVIEW_LIST_QUERY_RESULT>(
      queries.REVIEW_LIST_QUERY,
      knownParams.REVIEW_LIST_QUERY,
      'drafts',
    )
    expect(drafts.total).toBe(12)
    expect(drafts.items.map((review) => review.slug)).toContain('love-in-the-big-city-episode-4-second-opinion')
  })

  it('a review page has byline, dates, score, aspects, pros and cons, spoilers, note and corrections', async () => {
    const review = (await run<REVIEW_PAGE_QUERY_RESULT>(queries.REVIEW_PAGE_QUERY, {
      slug: 'love-in-the-big-city-review',
    }))!
    expect(review).toMatchObject({
      kind: 'series',
      score: 9.3,
      spoilerLevel: 'light',
      publishedAt: '2024-11-08T09:00:00Z',
      updatedAt: '2024-11-12T14:30:00Z',
    })
    expect(review.critic).toMatchObject({ name: 'Mara Seo', slug: 'mara-seo', role: expect.any(String) })
    expect(review.series).toMatchObject({ slug: series, episodeCount: 8 })
    expect(review.aspects).toHaveLength(5)
    expect(review.pros?.length).toBeGreaterThan(0)
    expect(review.cons?.length).toBeGreaterThan(0)
    const spoilerEpisodes = review.body
      ?.filter((block) => block._type === 'spoiler')
      .map((block) => 'episode' in block && block.episode)
    expect(spoilerEpisodes).toEqual([4, 5, 8])
    expect(review.editorsNote).toBeTruthy()
    expect(review.corrections?.[0]).toMatchObject({ date: '2024-11-12' })
    // The two newest others; the rest are one link away, on the series' reviews page.
    expect(review.related).toHaveLength(2)
    expect(review.related.map((item) => item._id)).not.toContain(review._id)
    expect(review.seriesReviewCount).toBe(11)
    expect(review.episode).toBeNull()
  })

  it('an episode review names its episode', async () => {
    const review = (await run<REVIEW_PAGE_QUERY_RESULT>(queries.REVIEW_PAGE_QUERY, {
      slug: 'love-in-the-big-city-episode-3',
    }))!
    expect(review.episode).toMatchObject({ number: 3, title: 'The Philosophy Class' })
  })

  it('the drafts perspective shows a pending edit and an unpublished review; published shows neither', async () => {
    const slug = 'love-in-the-big-city-review'
    const published = (await run<REVIEW_PAGE_QUERY_RESULT>(queries.REVIEW_PAGE_QUERY, { slug }))!
    const draft = (await run<REVIEW_PAGE_QUERY_RESULT>(queries.REVIEW_PAGE_QUERY, { slug }, 'drafts'))!
    expect(draft._id).toBe(published._id)
    expect(draft.verdict).not.toBe(published.verdict)
    const unpublished = 'love-in-the-big-city-episode-4-second-opinion'
    expect(await run(queries.REVIEW_PAGE_QUERY, { slug: unpublished })).toBeNull()
    expect(await run(queries.REVIEW_PAGE_QUERY, { slug: unpublished }, 'drafts')).toMatchObject({
      critic: { _id: 'critic-lucia-ferrer' },
    })
  })
})

describe('people and critics', () => {
  it('the people list carries roles for each person', async () => {
    const { items: people } = await run<PEOPLE_LIST_QUERY_RESULT>(
      queries.PEOPLE_LIST_QUERY,
      knownParams.PEOPLE_LIST_QUERY,
    )
    const names = people.map((person) => person.name!)
    expect(names).toEqual(names.toSorted((a, b) => (a < b ? -1 : 1)))
    expect(people.find((person) => person.slug === 'nam-yoon-su')?.characters[0]).toMatchObject({
      name: 'Go Young',
      series: { title: 'Love in the Big City' },
    })
    expect(people.find((person) => person.slug === 'hur-jin-ho')?.directedEpisodes).toBe(2)
    expect(people.find((person) => person.slug === 'park-sang-young')?.writtenEpisodes).toBe(8)
    expect(people.find((person) => person.slug === 'hur-jin-ho')?.writtenEpisodes).toBe(0)
  })

  it('an actor page has native name, birth date, bio and the characters played', async () => {
    const person = (await run<PERSON_PAGE_QUERY_RESULT>(queries.PERSON_PAGE_QUERY, { slug: 'nam-yoon-su' }))!
    expect(person).toMatchObject({ name: 'Nam Yoon-su', nativeName: '남윤수', birthDate: '1997-07-14' })
    expect(person.bio?.length).toBeGreaterThan(0)
    expect(person.characters.map((character) => [character.name, character.billing, character.series?.slug])).toEqual([
      ['Go Young', 'lead', series],
    ])
    expect(person.episodesDirected).toEqual([])
  })

  it('a director page has the arc and episodes directed, from series.arcs and episode.directors', async () => {
    const person = (await run<PERSON_PAGE_QUERY_RESULT>(queries.PERSON_PAGE_QUERY, { slug: 'hur-jin-ho' }))!
    expect(person.episodesDirected.map((episode) => [episode.number, episode.series?.slug])).toEqual([
      [3, series],
      [4, series],
    ])
    expect(person.arcsDirected).toMatchObject([
      {
        title: 'Love in the Big City',
        slug: series,
        year: 2024,
        arcs: [expect.objectContaining({ firstEpisode: 3, lastEpisode: 4 })],
      },
    ])
  })

  it('a writer page lists the episodes written', async () => {
    const person = (await run<PERSON_PAGE_QUERY_RESULT>(queries.PERSON_PAGE_QUERY, { slug: 'park-sang-young' }))!
    expect(person.episodesWritten.map((episode) => episode.number)).toContain(5)
  })

  it('a critic page lists only that critic’s reviews, newest first', async () => {
    const critic = (await run<CRITIC_PAGE_QUERY_RESULT>(queries.CRITIC_PAGE_QUERY, { slug: 'theo-brandt' }))!
    expect(critic.reviews).toHaveLength(8)
    expect(critic.reviews.every((review) => review.critic?.slug === 'theo-brandt')).toBe(true)
    const dates = critic.reviews.map((review) => review.publishedAt!)
    expect(dates).toEqual(dates.toSorted().reverse())
  })
})

describe('critics and episode review neighbours', () => {
  it('the critics list names each critic, by name, with their published reviews counted', async () => {
    const critics = await run<CRITICS_LIST_QUERY_RESULT>(queries.CRITICS_LIST_QUERY)
    expect(critics.map(({ name, reviewCount }) => [name, reviewCount])).toEqual([
      ['Lucía Ferrer', 0],
      ['Mara Seo', 3],
      ['Theo Brandt', 8],
    ])
    const drafts = await run<CRITICS_LIST_QUERY_RESULT>(queries.CRITICS_LIST_QUERY, {}, 'drafts')
    expect(drafts.find((critic) => critic.slug === 'lucia-ferrer')?.reviewCount).toBe(1)
  })

  const neighbours = (slug: string, perspective?: ContentPerspective, file?: string) =>
    file
      ? queryBundledDataset<EPISODE_REVIEW_NEIGHBOURS_QUERY_RESULT>({
          query: queries.EPISODE_REVIEW_NEIGHBOURS_QUERY,
          params: { slug },
          perspective: perspective ?? 'published',
          file,
        })
      : run<EPISODE_REVIEW_NEIGHBOURS_QUERY_RESULT>(queries.EPISODE_REVIEW_NEIGHBOURS_QUERY, { slug }, perspective)

  it('an episode review has the reviews of the episodes before and after it; the first and last have one', async () => {
    const middle = await neighbours('love-in-the-big-city-episode-4')
    expect(middle?.previous).toEqual({
      slug: 'love-in-the-big-city-episode-3',
      episode: { _id: 'episode-love-in-the-big-city-3', number: 3, title: 'The Philosophy Class' },
      critic: { _id: 'critic-theo-brandt', name: 'Theo Brandt' },
    })
    expect(middle?.next?.slug).toBe('love-in-the-big-city-episode-5')
    expect((await neighbours('love-in-the-big-city-episode-1'))?.previous).toBeNull()
    expect((await neighbours('love-in-the-big-city-episode-8'))?.next).toBeNull()
  })

  it('other kinds of review have none', async () => {
    expect(await neighbours('love-in-the-big-city-review')).toBeNull()
    expect(await neighbours('love-in-the-big-city-first-impressions')).toBeNull()
  })

  it('of two reviews of the next episode, the same critic’s comes first, whichever was published first', async () => {
    // The draft second opinion of episode 4, published and dated before the first critic's.
    const dataset = readFileSync(file, 'utf8').replace(
      /"_id":"drafts\.(review-love-in-the-big-city-episode-4-second-opinion)"(.*?)"publishedAt":"[^"]*"/,
      '"_id":"$1"$2"publishedAt":"2024-10-01T09:00:00Z"',
    )
    const folder = mkdtempSync(path.join(tmpdir(), 'neighbours-'))
    symlinkSync(path.resolve('sanity/seed/images'), path.join(folder, 'images'))
    const copy = path.join(folder, 'dataset.ndjson')
    writeFileSync(copy, dataset)
    expect((await neighbours('love-in-the-big-city-episode-3', 'published', copy))?.next?.slug).toBe(
      'love-in-the-big-city-episode-4',
    )
    expect(
      (await neighbours('love-in-the-big-city-episode-4-second-opinion', 'published', copy))?.previous?.critic?.name,
    ).toBe('Theo Brandt')
  })
})

describe('news', () => {
  it('an article has its series and body', async () => {
    const article = (await run<ARTICLE_PAGE_QUERY_RESULT>(queries.ARTICLE_PAGE_QUERY, { slug: 'trailer-released' }))!
    expect(article.series?.slug).toBe(series)
    expect(article.body?.length).toBeGreaterThan(0)
    expect(article.publishedAt).toBe('2024-10-18T10:00:00Z')
    expect(article.moreNews).toEqual([])
  })

  it('gives the video an article’s picture opens; no source gives the trailer’s address', async () => {
    const withoutVideo = await run<ARTICLE_PAGE_QUERY_RESULT>(queries.ARTICLE_PAGE_QUERY, { slug: 'trailer-released' })
    expect(withoutVideo?.video).toBeNull()
    const video = { _type: 'videoLink', title: 'the main trailer', url: 'https://www.youtube.com/watch?v=example' }
    const dataset = readFileSync(file, 'utf8').replace(
      /("_id":"article-trailer-released".*)}$/m,
      `$1,"video":${JSON.stringify(video)}}`,
    )
    const folder = mkdtempSync(path.join(tmpdir(), 'article-video-'))
    symlinkSync(path.resolve('sanity/seed/images'), path.join(folder, 'images'))
    const copy = path.join(folder, 'dataset.ndjson')
    writeFileSync(copy, dataset)
    const article = await queryBundledDataset<ARTICLE_PAGE_QUERY_RESULT>({
      query: queries.ARTICLE_PAGE_QUERY,
      params: { slug: 'trailer-released' },
      perspective: 'published',
      file: copy,
    })
    expect(article?.video).toEqual({ title: 'the main trailer', url: 'https://www.youtube.com/watch?v=example' })
  })
})

describe('paged lists', () => {
  type SortKey = [field: string, direction: 'asc' | 'desc']
  interface PagedList {
    name: QueryName
    type: string
    /** The order the list promises, tiebreak last, checked here in plain JavaScript. */
    order: SortKey[]
    /** Documents with a slug in the bundled dataset, per perspective. */
    totals: Record<ContentPerspective, number>
  }
  const lists: PagedList[] = [
    {
      name: 'REVIEW_LIST_QUERY',
      type: 'review',
      order: [
        ['publishedAt', 'desc'],
        ['_id', 'asc'],
      ],
      totals: { published: 11, drafts: 12 },
    },
    {
      name: 'PEOPLE_LIST_QUERY',
      type: 'person',
      order: [
        ['name', 'asc'],
        ['_id', 'asc'],
      ],
      totals: { published: 19, drafts: 19 },
    },
    {
      name: 'SERIES_LIST_QUERY',
      type: 'series',
      order: [
        ['premiereDate', 'desc'],
        ['title', 'asc'],
        ['_id', 'asc'],
      ],
      totals: { published: 1, drafts: 1 },
    },
    {
      name: 'ARTICLE_LIST_QUERY',
      type: 'article',
      order: [
        ['publishedAt', 'desc'],
        ['_id', 'asc'],
      ],
      totals: { published: 1, drafts: 1 },
    },
  ]
  const pageSizes = [1, 2, 3, 5, 24]

  /** Every listed document's id, sorted in JavaScript by the list's keys. */
  async function expectedIds(list: PagedList, perspective: ContentPerspective): Promise<string[]> {
    const documents = await run<Record<string, string>[]>(
      '*[_type == $type && defined(slug.current)]',
      { type: list.type },
      perspective,
    )
    const compare = (a: Record<string, string>, b: Record<string, string>) => {
      for (const [field, direction] of list.order) {
        if (a[field] === b[field]) continue
        return (a[field] < b[field] ? -1 : 1) * (direction === 'asc' ? 1 : -1)
      }
      return 0
    }
    return documents.toSorted(compare).map((document) => document._id)
  }

  const fetchPage = (list: PagedList, perspective: ContentPerspective) => (slice: { start: number; end: number }) =>
    run<PagedResult<{ _id: string }>>(queries[list.name], slice, perspective)

  for (const perspective of perspectives) {
    describe(`in the ${perspective} perspective`, () => {
      it.each(lists)('$name: pages of every size partition the ordered list, with the right total', async (list) => {
        const expected = await expectedIds(list, perspective)
        expect(expected).toHaveLength(list.totals[perspective])
        for (const size of pageSizes) {
          const seen: string[] = []
          const pages = pageCount(expected.length, size)
          for (let page = 1; page <= pages; page++) {
            const result = await fetchPage(list, perspective)(pageSlice(page, size))
            expect(result.total, `${list.name} total, page ${page} of size ${size}`).toBe(expected.length)
            expect(result.items.length).toBeGreaterThan(0)
            expect(result.items.length).toBeLessThanOrEqual(size)
            seen.push(...result.items.map((item) => item._id))
          }
          expect(seen, `${list.name} pages of ${size}`).toEqual(expected)
        }
      })

      it.each(lists)('$name: pages past the end are empty and keep the total', async (list) => {
        for (const size of pageSizes) {
          const last = pageCount(list.totals[perspective], size)
          for (const page of [last + 1, last + 10]) {
            const result = await fetchPage(list, perspective)(pageSlice(page, size))
            expect(result).toEqual({ total: list.totals[perspective], items: [] })
          }
          expect(await loadListPage(fetchPage(list, perspective), last + 1, size)).toBeNull()
          expect(await loadListPage(fetchPage(list, perspective), last, size)).toMatchObject({
            page: last,
            pageCount: last,
            total: list.totals[perspective],
          })
        }
      })
    })
  }

  it('the page sizes keep one page small', () => {
    for (const size of [REVIEWS_PER_PAGE, PEOPLE_PER_PAGE, SERIES_PER_PAGE, NEWS_PER_PAGE]) {
      expect(Number.isInteger(size)).toBe(true)
      expect(size).toBeGreaterThan(0)
      expect(size).toBeLessThanOrEqual(48)
    }
  })
})

describe('draft mode', () => {
  it('names which of the documents a page read are drafts, and none outside draft mode', async () => {
    const ids = ['series-love-in-the-big-city', 'review-love-in-the-big-city-review', 'person-nam-yoon-su']
    expect(await run(DRAFTS_AMONG_QUERY, { ids }, 'drafts')).toEqual([
      {
        _id: 'review-love-in-the-big-city-review',
        _type: 'review',
        title: 'Love in the Big City review: a sentimental education in four loves',
      },
    ])
    expect(await run(DRAFTS_AMONG_QUERY, { ids }, 'published')).toEqual([])
  })

  it('tells a draft that was never published from one with a published version', async () => {
    const ids = ['review-love-in-the-big-city-review', 'review-love-in-the-big-city-episode-4-second-opinion']
    expect(await run(DRAFTS_AMONG_QUERY, { ids }, 'drafts')).toHaveLength(2)
    expect(await run(PUBLISHED_AMONG_QUERY, { ids }, 'published')).toEqual(['review-love-in-the-big-city-review'])
  })

  it('looks among every document type the site reads', () => {
    for (const query of [DRAFTS_AMONG_QUERY, PUBLISHED_AMONG_QUERY]) {
      expect(query).toContain(`_type in ${JSON.stringify(DOCUMENT_TYPES).replace(/,/g, ', ')}`)
    }
  })
})

describe('embeds', () => {
  it('only scored reviews have embeds; a draft-only review has none outside draft mode', async () => {
    const slugs = await run<EMBED_REVIEW_SLUGS_QUERY_RESULT>(queries.EMBED_REVIEW_SLUGS_QUERY)
    expect(slugs).toHaveLength(10)
    expect(slugs.map(({ slug }) => slug)).not.toContain('love-in-the-big-city-ending-explained')
    expect(slugs.map(({ slug }) => slug)).not.toContain('love-in-the-big-city-episode-4-second-opinion')
    const unscored = { slug: 'love-in-the-big-city-ending-explained' }
    expect(await run(queries.EMBED_REVIEW_QUERY, unscored)).toBeNull()
    const draftOnly = { slug: 'love-in-the-big-city-episode-4-second-opinion' }
    expect(await run(queries.EMBED_REVIEW_QUERY, draftOnly)).toBeNull()
  })

  it('an embed read carries the spoiler markers and the ids its cache tags need', async () => {
    const review = await run<EMBED_REVIEW_QUERY_RESULT>(queries.EMBED_REVIEW_QUERY, knownParams.EMBED_REVIEW_QUERY)
    expect(review).toMatchObject({
      _id: 'review-love-in-the-big-city-episode-4',
      score: 9.3,
      spoilerFreeTitle: 'Love in the Big City episode 4 review',
      critic: { _id: 'critic-theo-brandt', slug: 'theo-brandt' },
      series: { _id: 'series-love-in-the-big-city', episodeCount: 8 },
    })
  })
})
