/**
 * Search on the real bundled dataset, read with the real GROQ query: the relevance table, and what
 * the index must never show (drafts outside draft mode, spoiler titles).
 */
import { beforeAll, describe, expect, it } from 'vitest'
import type { ContentPerspective } from '@/lib/content/perspective'
import { SEARCH_INDEX_QUERY } from '@/lib/content/queries'
import { queryBundledDataset } from '@/lib/content/sources/bundled'
import { searchDocuments } from '@/lib/search/documents'
import { buildSearchIndex, type SearchIndex } from '@/lib/search/engine'
import type { SEARCH_INDEX_QUERY_RESULT } from '@/sanity.types'
import { RELEVANCE_TABLE } from './relevance-table'

async function indexOf(perspective: ContentPerspective): Promise<SearchIndex> {
  const read = await queryBundledDataset<SEARCH_INDEX_QUERY_RESULT>({
    query: SEARCH_INDEX_QUERY,
    params: {},
    perspective,
    file: 'sanity/seed/dataset.ndjson',
  })
  return buildSearchIndex(searchDocuments(read))
}

let published: SearchIndex
let drafts: SearchIndex
beforeAll(async () => {
  published = await indexOf('published')
  drafts = await indexOf('drafts')
})

describe('the relevance table', () => {
  it('has at least 30 queries', () => {
    expect(RELEVANCE_TABLE.length).toBeGreaterThanOrEqual(30)
  })

  it.each(RELEVANCE_TABLE.map((row) => [row.query, row.why, row] as const))('%s (%s)', (_query, _why, row) => {
    const [first] = published.search(row.query).results
    expect(first && { type: first.type, title: first.title }).toEqual(row.first)
  })
})

describe('what a result carries', () => {
  it('links each kind to its page, with its kind, series or year, and score', () => {
    const [person] = published.search('남윤수').results
    expect(person).toEqual({
      type: 'person',
      title: 'Nam Yoon-su',
      subtitle: '남윤수 · Actor · Love in the Big City',
      url: '/people/nam-yoon-su',
    })
    const [episode] = published.search('The Toolbox').results
    expect(episode).toMatchObject({ type: 'episode', url: '/series/love-in-the-big-city/episodes/5', score: 9.1 })
    expect(episode.subtitle).toBe('Episode 5 · Love in the Big City · directed by Hong Ji-young')
    const [series] = published.search('대도시의 사랑법').results
    expect(series).toMatchObject({ subtitle: '대도시의 사랑법 · 2024 · South Korea', score: 9.3 })
    const [character] = published.search('Gyuho').results
    expect(character).toMatchObject({
      url: '/series/love-in-the-big-city/cast#character-gyu-ho',
      subtitle: expect.stringMatching(/^Played by/),
    })
  })

  it('filters by type and limits the count, keeping the total', () => {
    const all = published.search('Love in the Big City')
    const reviews = published.search('Love in the Big City', { type: 'review', limit: 3 })
    expect(reviews.results).toHaveLength(3)
    expect(reviews.results.every((result) => result.type === 'review')).toBe(true)
    expect(reviews.total).toBe(all.results.filter((result) => result.type === 'review').length)
  })

  it('needs every word, and offers results with some of them when none has all', () => {
    expect(published.search('Nam Yoon-su photographer').total).toBe(0)
    const some = published.search('Nam Yoon-su photographer', { anyWord: true }).results.map((result) => result.title)
    expect(some).toEqual(expect.arrayContaining(['Nam Yoon-su', 'The Photographer']))
  })

  it('forgives one typo in words of five letters or more, not in shorter ones', () => {
    expect(published.search('Lanterns').results[0]?.title).toBe('The Lantern')
    expect(published.search('Albun').results[0]?.title).toBe('The Album')
    expect(published.search('Kwan Hyuk').total).toBe(0)
  })

  it('finds nothing for an empty or punctuation-only query', () => {
    expect(published.search('').total).toBe(0)
    expect(published.search(' -- ').total).toBe(0)
  })
})

describe('what search never shows', () => {
  it('keeps drafts out of published results and finds them in draft mode', () => {
    // Lucía Ferrer's second opinion on episode 4 exists only as a draft.
    expect(published.search('Lucía Ferrer').total).toBe(0)
    expect(published.search('second opinion').total).toBe(0)
    const [draft] = drafts.search('lucia ferrer').results
    expect(draft).toMatchObject({ type: 'review', title: 'Love in the Big City episode 4: a second opinion' })
  })

  it('never matches or shows the words of a review title that gives an episode away', () => {
    // The full title of the episode 8 review names what happens in it; its spoiler-free title does not.
    expect(published.search('rain in Bangkok').total).toBe(0)
    const titles = published.search('episode 8', { type: 'review' }).results.map((result) => result.title)
    expect(titles[0]).toBe('Love in the Big City episode 8 review')
    expect(titles.join(' ')).not.toMatch(/Bangkok/)
  })
})
