/**
 * The bundled source rewrites `*[...]` filters to read prepared lists (lib/content/sources/
 * query-planner.ts). These tests run every page query, and queries built to hit the rewrite's
 * edge cases, both through the source and through plain groq-js over the same documents, and
 * require identical results.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { type DereferenceFunction, evaluate, evaluateSync, parse } from 'groq-js'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { loadDatasetFile } from '@/lib/content/dataset-loader'
import * as pageQueries from '@/lib/content/queries'
import { type DatasetView, buildPerspectiveViews } from '@/lib/content/sources/dataset-view'
import { queryBundledDataset } from '@/lib/content/sources/bundled'
import { type Lookup, VALUE_SEPARATOR, planQuery } from '@/lib/content/sources/query-planner'
import { syntheticParams } from '@/scripts/bench-content.params'
import { generateSyntheticDataset } from '@/scripts/synthetic-dataset'

const SERIES = 4
const perspectives = ['published', 'drafts'] as const

// Values of every type, in every position, to check the rewritten order() against groq-js' own.
const oddRanks: unknown[] = [3, 'b', null, true, 'a', 1, { n: 1 }, [2], false, 'B', -0, 0, 2.5]
const oddItems = oddRanks.map((rank, index) => ({
  _id: `item-${index}`,
  _type: 'item',
  rank,
  ...(index % 3 === 0 ? { label: `L${index % 2}` } : {}),
}))

let dir: string
let file: string
let views: Record<(typeof perspectives)[number], DatasetView>

beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'planner-'))
  file = path.join(dir, 'dataset.ndjson')
  const documents = [...generateSyntheticDataset({ series: SERIES, imageFile: 'poster.svg' }), ...oddItems]
  writeFileSync(file, documents.map((doc) => JSON.stringify(doc)).join('\n'))
  // The loader checks that images exist; the planner does not care what they look like.
  mkdirSync(path.join(dir, 'images'))
  writeFileSync(path.join(dir, 'images', 'poster.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>')
  views = buildPerspectiveViews(loadDatasetFile(file).documents)
})
afterAll(() => rmSync(dir, { recursive: true, force: true }))

/** What plain groq-js returns over the same perspective's documents, with no rewrite. */
async function unplanned(query: string, params: Record<string, unknown>, perspective: (typeof perspectives)[number]) {
  // Slices by parameter ([$start...$end]) need the values when parsing.
  const value = await evaluate(parse(query, { params }), { dataset: views[perspective].documents as unknown[], params })
  return JSON.parse(JSON.stringify((await value.get()) ?? null))
}

async function expectSameResult(query: string, params: Record<string, unknown> = {}) {
  for (const perspective of perspectives) {
    const planned = await queryBundledDataset({ query, params, perspective, file })
    expect(planned, `${perspective}: ${query} with ${JSON.stringify(params)}`).toEqual(
      await unplanned(query, params, perspective),
    )
  }
}

const namedQueries = Object.entries(pageQueries as Record<string, unknown>).filter(
  (entry): entry is [string, string] => typeof entry[1] === 'string',
)

describe('every page query', () => {
  const paramsFor = syntheticParams(SERIES)
  it.each(namedQueries)('%s gives the same result as plain groq-js', async (name, query) => {
    const params = paramsFor(name, query)
    await expectSameResult(query, params)
    // And for a document that does not exist, and a hostile value.
    if ('slug' in params) {
      await expectSameResult(query, { ...params, slug: 'no-such-page' })
      await expectSameResult(query, { ...params, slug: '"] || true || ["' })
    }
  })

  it.each(namedQueries)('%s reads prepared lists, never a scan of every document', (name, query) => {
    // A scan costs milliseconds per subquery at 10,000 documents (npm run bench:content).
    expect(
      JSON.stringify(planQuery(parse(query, { params: paramsFor(name, query) }), '#lookup#').tree),
      `${name} still scans *: give its filters a _type == "..." test`,
    ).not.toContain('"type":"Everything"')
  })
})

describe('edge cases of the rewrite', () => {
  it.each([
    // Equality lookups with values of every type: strings and numbers are indexed, others fall back.
    ['*[_type == "review" && series._ref == $id].title', { id: 'series-0002' }],
    ['*[_type == "review" && series._ref == $id].title', { id: null }],
    ['*[_type == "review" && series._ref == $id].title', { id: 2 }],
    ['*[_type == "review" && series._ref == $id].title', { id: ['series-0002'] }],
    ['*[_type == "episode" && number == $n]._id', { n: 3 }],
    ['*[_type == "episode" && number == $n]._id', { n: '3' }],
    ['*[_type == "episode" && number == $n]._id', { n: true }],
    ['*[_type == "episode" && $n == number && defined(title)] | order(_id desc)._id', { n: 3 }],
    ['*[_id == $id][0]{_id, _type}', { id: 'review-0002-series' }],
    ['*[slug.current == $slug]._id', { slug: 'series-2' }],
    // references(): a string is indexed exactly, an array falls back to a scan.
    ['*[references($id)]._id', { id: 'critic-003' }],
    ['*[_type == "review" && references($ids)]._id', { ids: ['critic-003', 'series-0001'] }],
    ['*[_type == "review" && references(5)]._id', {}],
    // Correlated subqueries at two levels, through a hidden [] scope.
    [
      '*[_type == "series"]{_id, "eps": *[_type == "episode" && series._ref == ^._id] | order(number ' +
        'desc)[0...2].title}',
      {},
    ],
    [
      '*[_type == "series"][0]{"arcs": arcs[]{title, "eps": *[_type == "episode" && series._ref == ^.^._id && ' +
        'number >= ^.firstEpisode].number}}',
      {},
    ],
    ['*[_type == "person"]{_id, "directed": count(*[_type == "episode" && ^._id in directors[]._ref])}', {}],
    ['*[_type == "person"][0...5]{_id, "arcs": *[_type == "series" && ^._id in arcs[].directors[]._ref]._id}', {}],
    // `in` over references held by other documents must not use the reference index.
    ['*[_type == "person" && _id in *[_type == "character"].playedBy._ref]._id', {}],
    ['*[_type == "series" && "critic-001" in *[_type == "review" && series._ref == ^._id].critic._ref]._id', {}],
    // ^ at the top level has nothing above it.
    ['*[_type == "episode" && series._ref == ^._id]', {}],
    // order() on prepared lists: mixed types, ties, several keys, missing fields, slices.
    ['*[_type == "item"] | order(rank asc)._id', {}],
    ['*[_type == "item"] | order(rank desc)._id', {}],
    ['*[_type == "item"] | order(label asc, rank desc)._id', {}],
    ['*[_type == "item" && defined(label)] | order(missing asc)._id', {}],
    ['*[_type == "review" && defined(score)] | order(score desc, publishedAt asc)[0...5]{title, score}', {}],
    ['*[_type == "review" && series._ref == $id] | order(score desc)._id', { id: 'series-0001' }],
    ['*[_type == "review"] | order(select(kind == "series" => 0, 1) asc, _id asc)[0...4]._id', {}],
    // Paths through references (->), in equality, defined() and order().
    ['*[_type == "episode" && series->slug.current == $slug && number == $n]._id', { slug: 'series-2', n: 2 }],
    ['*[_type == "review" && defined(critic->name)] | order(critic->name asc, _id desc)[0...6]._id', {}],
    ['*[_type == "character" && playedBy->birthDate > "1980"] | order(playedBy->birthDate desc)._id', {}],
    ['*[_type == "review" && defined(series->poster.missing)]._id', {}],
    // defined() on nested and array fields, negations, or.
    ['*[_type == "series" && defined(poster._sanityAsset)]._id', {}],
    ['*[_type == "series" && defined(arcs)]._id', {}],
    ['*[_type == "review" && !(kind == "episode") && (score > 8 || !defined(score))]._id', {}],
    ['*[_type in ["series", "critic"] && defined(slug.current)]._id', {}],
    ['*[defined(rank) && rank == 1]._id', {}],
    ['count(*[_type == "review"])', {}],
    // The paged lists deep into the list, where reviews share a publishedAt and only _id orders them.
    [pageQueries.REVIEW_LIST_QUERY, { start: 5, end: 17 }],
    [pageQueries.REVIEW_LIST_QUERY, { start: 48, end: 72 }],
    [pageQueries.PEOPLE_LIST_QUERY, { start: 13, end: 26 }],
    [pageQueries.SERIES_LIST_QUERY, { start: 1, end: 3 }],
    [pageQueries.ARTICLE_LIST_QUERY, { start: 2, end: 40 }],
  ])('%s with %j', async (query, params) => {
    await expectSameResult(query, params)
  })
})

describe('lookups', () => {
  const PREFIX = '#lookup#'

  /** Runs the planned query, recording each lookup it asks for (kind of match and value). */
  function lookupsOf(query: string, params: Record<string, unknown> = {}) {
    const view = views.published
    const asked: string[] = []
    const dereference = (({ _ref }: { _ref: string }) => {
      if (!_ref.startsWith(PREFIX)) return view.byId.get(_ref) ?? null
      const [key, value] = _ref.slice(PREFIX.length).split(VALUE_SEPARATOR)
      const lookup = JSON.parse(key) as Lookup
      asked.push(lookup.match ? `${lookup.match.kind}:${value}` : `list:${lookup.type}`)
      return view.lookup(lookup, key, value)
    }) as DereferenceFunction
    evaluateSync(planQuery(parse(query), PREFIX).tree, { dataset: view.documents as unknown[], params, dereference })
    return asked
  }

  it.each([
    ['a parameter', '*[_type == "series" && slug.current == $slug][0]._id', { slug: 'series-2' }, ['string:series-2']],
    ['a number parameter', '*[_type == "episode" && number == $n]._id', { n: 3 }, ['number:3']],
    ['references()', '*[_type == "review" && references($id)]._id', { id: 'critic-003' }, ['references:critic-003']],
    [
      'the enclosing document',
      '*[_type == "series"][0...2]{"n": count(*[_type == "episode" && series._ref == ^._id])}',
      {},
      ['list:series', 'string:series-0001', 'string:series-0002'],
    ],
    [
      'a document two scopes up',
      '*[_type == "series"][0]{"arcs": arcs[]{"eps": *[_type == "episode" && series._ref == ^.^._id].number}}',
      {},
      ['list:series', 'string:series-0001', 'string:series-0001'],
    ],
    [
      'a path through a reference',
      '*[_type == "episode" && series->slug.current == $slug]._id',
      { slug: 'series-2' },
      ['string:series-2'],
    ],
    [
      'a reference array',
      '*[_type == "person"][0...1]{"n": count(*[_type == "episode" && ^._id in directors[]._ref])}',
      {},
      ['list:person', 'references:person-0001-01'],
    ],
  ])('are keyed by %s', (_, query, params, expected) => {
    expect(lookupsOf(query, params)).toEqual(expected)
  })

  it('fall back to the prepared list when the value cannot be indexed', () => {
    expect(lookupsOf('*[_type == "episode" && number == $n]._id', { n: [3] })).toEqual(['list:episode'])
  })

  it('serve order() from a sorted list, leaving no order step to run', () => {
    const planned = JSON.stringify(
      planQuery(parse('*[_type == "review" && defined(slug.current)] | order(publishedAt desc)[0...6]'), PREFIX).tree,
    )
    expect(planned).not.toContain('"name":"order"')
    expect(planned).toContain('\\"orderBy\\":[{\\"path\\":\\"publishedAt\\",\\"desc\\":true}]')
  })
})
