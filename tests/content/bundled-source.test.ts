import { cpSync, mkdtempSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { queryBundledDataset } from '@/lib/content/sources/bundled'

const FIXTURE_DIR = path.resolve('tests/fixtures/content')
const FIXTURE = path.join(FIXTURE_DIR, 'dataset.ndjson')

const run = <T = unknown>(
  query: string,
  perspective: 'published' | 'drafts' = 'published',
  params?: Record<string, unknown>,
) => queryBundledDataset<T>({ query, params, perspective, file: FIXTURE })

describe('published perspective', () => {
  it('never returns a draft, even when asked for drafts by id', async () => {
    expect(await run('count(*[_id in path("drafts.**")])')).toBe(0)
    expect(await run('*[_id == "drafts.review-harbour-lights"][0]')).toBeNull()
    expect(await run('*[_type == "review"] | order(publishedAt asc).title')).toEqual([
      'Low Tide sets the table',
      'Harbour Lights keeps its promise',
    ])
  })
})

describe('drafts perspective', () => {
  it('shows the draft in place of the published document, under the published id', async () => {
    const review = await run<Record<string, unknown>>(
      '*[_type == "review" && slug.current == $slug][0]{_id, _originalId, title, score}',
      'drafts',
      {
        slug: 'harbour-lights-review',
      },
    )
    expect(review).toEqual({
      _id: 'review-harbour-lights',
      _originalId: 'drafts.review-harbour-lights',
      title: 'Harbour Lights keeps its promise, mostly',
      score: 7.9,
    })
    expect(await run('count(*[_id == "review-harbour-lights"])', 'drafts')).toBe(1)
    expect(await run('count(*[_id in path("drafts.**")])', 'drafts')).toBe(0)
  })

  it('includes documents that have never been published', async () => {
    const titles = await run<string[]>('*[_type == "review"] | order(publishedAt asc).title', 'drafts')
    expect(titles).toEqual([
      'Low Tide sets the table',
      'High Water, unpublished',
      'Harbour Lights keeps its promise, mostly',
    ])
  })

  it('resolves references and reverse lookups to the drafts', async () => {
    const series = await run<{ reviews: string[] }>(
      '*[_type == "series"][0]{"reviews": *[_type == "review" && series._ref == ^._id] | order(publishedAt asc).title}',
      'drafts',
    )
    expect(series.reviews).toContain('Harbour Lights keeps its promise, mostly')
    const critic = await run('*[_id == "review-harbour-lights"][0].critic->name', 'drafts')
    expect(critic).toBe('Jo Park')
  })
})

describe('parameters', () => {
  it('cannot change what a query means: a hostile slug matches nothing', async () => {
    const query = '*[_type == "review" && slug.current == $slug][0].title'
    const hostile = '"] || true || ["'
    expect(await run(query, 'published', { slug: hostile })).toBeNull()
    // Spliced into the text, the same value would have turned the query into `... || true`.
    const spliced = `*[_type == "review" && slug.current == "${hostile}"][0].title`
    expect(await run(spliced)).toBe(true)
    expect(await run(query, 'published', { slug: 'harbour-lights-review' })).toBe('Harbour Lights keeps its promise')
  })

  it('refuses a query whose $parameter has no value, as the Content Lake does', async () => {
    await expect(run('*[slug.current == $slug][0]')).rejects.toThrow(
      'The query uses $slug but no value was given for it.',
    )
    await expect(run('*[slug.current == $slug][0]', 'published', { slug: undefined })).rejects.toThrow('$slug')
  })

  it('can slice a list, as the Content Lake allows ([$start...$end])', async () => {
    const query = '*[_type == "review"] | order(publishedAt desc)[$start...$end].title'
    expect(await run(query, 'published', { start: 0, end: 1 })).toEqual(['Harbour Lights keeps its promise'])
    expect(await run(query, 'published', { start: 1, end: 2 })).toEqual(['Low Tide sets the table'])
    expect(await run(query, 'drafts', { start: 0, end: 3 })).toHaveLength(3)
  })

  it('refuses values that are not JSON, naming the parameter', async () => {
    await expect(run('*[publishedAt > $after]', 'published', { after: new Date(0) })).rejects.toThrow(
      'GROQ parameter $after is a Date',
    )
  })
})

describe('results', () => {
  it('belong to the caller: changing one does not change the dataset', async () => {
    const first = await run<{ title: string; navigation: unknown[] }>('*[_id == "siteSettings"][0]')
    first.title = 'Changed by a component'
    first.navigation.length = 0
    const again = await run<{ title: string; navigation: unknown[] }>('*[_id == "siteSettings"][0]')
    expect(again.title).toBe('Fixture reviews')
    expect(again.navigation).toHaveLength(1)
  })
})

describe('an edited dataset file', () => {
  let dir: string
  let file: string
  beforeAll(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'bundled-'))
    cpSync(FIXTURE_DIR, dir, { recursive: true })
    file = path.join(dir, 'dataset.ndjson')
  })
  afterAll(() => rmSync(dir, { recursive: true, force: true }))

  it('is read again on the next query after it changes on disk', async () => {
    const title = () =>
      queryBundledDataset({ query: '*[_id == "series-harbour-lights"][0].title', perspective: 'published', file })
    expect(await title()).toBe('Harbour Lights')

    // Same length and a restored timestamp would fool a size- or mtime-only check; the stamp also uses ctime.
    const before = statSync(file)
    writeFileSync(file, readFileSync(file, 'utf8').replace('"Harbour Lights"', '"Harbour Nights"'))
    utimesSync(file, before.atime, before.mtime)
    expect(await title()).toBe('Harbour Nights')
  })
})
