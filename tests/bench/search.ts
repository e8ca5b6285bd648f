/**
 * Search figures, measured in process as the server runs them: reading the index's GROQ
 * projection, building the index, its heap, and query latency, on the bundled dataset and on a
 * synthetic one of about 10,000 documents; and the relevance table on the bundled dataset.
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import v8 from 'node:v8'
import vm from 'node:vm'
import { SEARCH_INDEX_QUERY } from '@/lib/content/queries'
import { queryBundledDataset } from '@/lib/content/sources/bundled'
import { searchDocuments } from '@/lib/search/documents'
import { buildSearchIndex } from '@/lib/search/engine'
import type { SEARCH_INDEX_QUERY_RESULT } from '@/sanity.types'
import { RELEVANCE_TABLE } from '../search/relevance-table'
import { documentCount } from './build-scaling'
import { writeSyntheticDataset } from '../../scripts/synthetic-dataset'

export interface SearchBenchRun {
  dataset: string
  /** Documents in the dataset file, and how many of them the index holds (drafts and other types are not). */
  documents: number
  indexed: number
  readMs: number
  buildMs: number
  heapMB: number
  queries: number
  p50Ms: number
  p95Ms: number
  maxMs: number
}

export interface SearchFigures {
  runs: SearchBenchRun[]
  relevance: { total: number; first: number; misses: string[] }
}

// The heap figure needs a full collection before and after; --expose-gc cannot be passed through npm run.
v8.setFlagsFromString('--expose-gc')
const collectGarbage = vm.runInNewContext('gc') as () => void

function heapAfterCollection(): number {
  collectGarbage()
  return process.memoryUsage().heapUsed
}

function percentile(sorted: number[], share: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * share))]
}

/** Queries readers type: whole names and titles, a word or two, prefixes, one typo, Hangul. */
function queryMix(read: SEARCH_INDEX_QUERY_RESULT, count: number): string[] {
  const names = [
    ...read.people.flatMap((person) => [person.name, person.nativeName]),
    ...read.series.flatMap((series) => [series.title, series.originalTitle]),
    ...read.episodes.map((episode) => episode.title),
    ...read.characters.map((character) => character.name),
  ].filter((name): name is string => Boolean(name))
  const queries: string[] = []
  for (let i = 0; queries.length < count; i += 7919) {
    const name = names[i % names.length]
    const words = name.split(/\s+/)
    switch (queries.length % 4) {
      case 0:
        queries.push(name)
        break
      case 1:
        queries.push(words[words.length - 1].slice(0, 3))
        break
      case 2:
        queries.push(words.map((word) => (word.length >= 5 ? word.slice(0, 2) + word.slice(3) : word)).join(' '))
        break
      default:
        queries.push(words.slice(0, 2).join(' '))
    }
  }
  return queries
}

async function measureDataset(dataset: string, file: string, extraQueries: string[]): Promise<SearchBenchRun> {
  const readStart = performance.now()
  const read = await queryBundledDataset<SEARCH_INDEX_QUERY_RESULT>({
    query: SEARCH_INDEX_QUERY,
    params: {},
    perspective: 'published',
    file,
  })
  const readMs = performance.now() - readStart
  const documents = searchDocuments(read)
  const heapBefore = heapAfterCollection()
  const buildStart = performance.now()
  const index = buildSearchIndex(documents)
  const buildMs = performance.now() - buildStart
  const heapMB = (heapAfterCollection() - heapBefore) / 1024 / 1024

  const queries = [...extraQueries, ...queryMix(read, 400)]
  for (const query of queries) index.search(query, { limit: 8 })
  const timings: number[] = []
  for (let round = 0; round < 5; round += 1) {
    for (const query of queries) {
      const start = performance.now()
      index.search(query, { limit: 20 })
      timings.push(performance.now() - start)
    }
  }
  timings.sort((a, b) => a - b)
  return {
    dataset,
    documents: documentCount(file),
    indexed: index.documentCount,
    readMs,
    buildMs,
    heapMB,
    queries: timings.length,
    p50Ms: percentile(timings, 0.5),
    p95Ms: percentile(timings, 0.95),
    maxMs: timings[timings.length - 1],
  }
}

export async function measureSearch(bundledDataset: string): Promise<SearchFigures> {
  const tableQueries = RELEVANCE_TABLE.map((row) => row.query)
  const bundled = await measureDataset('bundled dataset', bundledDataset, tableQueries)

  const read = await queryBundledDataset<SEARCH_INDEX_QUERY_RESULT>({
    query: SEARCH_INDEX_QUERY,
    params: {},
    perspective: 'published',
    file: bundledDataset,
  })
  const index = buildSearchIndex(searchDocuments(read))
  const misses = RELEVANCE_TABLE.flatMap((row) => {
    const [first] = index.search(row.query).results
    return first?.type === row.first.type && first.title === row.first.title
      ? []
      : [`${row.query} → ${first ? `${first.type} "${first.title}"` : 'nothing'} (expected "${row.first.title}")`]
  })

  const folder = mkdtempSync(path.join(tmpdir(), 'bench-search-'))
  try {
    const file = writeSyntheticDataset(folder, { series: 200 })
    const synthetic = await measureDataset('synthetic, 200 series', file, tableQueries)
    return {
      runs: [bundled, synthetic],
      relevance: { total: RELEVANCE_TABLE.length, first: RELEVANCE_TABLE.length - misses.length, misses },
    }
  } finally {
    rmSync(folder, { recursive: true, force: true })
  }
}
