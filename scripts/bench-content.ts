/**
 * npm run bench:content: the bundled-dataset source on the bundled dataset and on synthetic ones
 * (scripts/synthetic-dataset.ts; 40 series is about 2,000 documents, a magazine's first years).
 * Prints, per dataset, the load time, the heap the loaded dataset holds, and p50/p95 of every page
 * query in lib/content/queries.ts in both perspectives, then one closing line against the goal:
 * p95 under 20 ms per page query. `--without-planner` runs the same queries with plain groq-js
 * (no query planner), the comparison in docs/performance.md; it takes minutes per query at 200 series.
 *
 *   npm run bench:content [-- --series 40,200] [--without-planner]
 */
import { mkdtempSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { setFlagsFromString } from 'node:v8'
import { runInNewContext } from 'node:vm'
import { type ExprNode, evaluateSync, parse } from 'groq-js'
import * as pageQueries from '../lib/content/queries'
import { type BundledQuery, loadBundledDataset, queryBundledDataset } from '../lib/content/sources/bundled'
import { type ParamsFor, bundledParams, syntheticParams } from './bench-content.params'
import { writeSyntheticDataset } from './synthetic-dataset'

const GOAL_MS = 20
const MIN_RUNS = 30
const MAX_RUNS = 300
const BUDGET_MS = 2500
const BUNDLED_FILE = 'sanity/seed/dataset.ndjson'
const perspectives = ['published', 'drafts'] as const

const withoutPlanner = process.argv.includes('--without-planner')

function seriesCounts(): number[] {
  const index = process.argv.indexOf('--series')
  const list = index === -1 ? (withoutPlanner ? '40' : '40,200') : process.argv[index + 1]
  const counts = list.split(',').map(Number)
  if (counts.some((count) => !Number.isInteger(count) || count < 1))
    throw new Error(`--series takes positive integers, got "${list}"`)
  return counts
}

setFlagsFromString('--expose-gc')
const collectGarbage = runInNewContext('gc') as () => void
function heapUsed(): number {
  collectGarbage()
  collectGarbage()
  return process.memoryUsage().heapUsed
}

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]
const ms = (value: number) => value.toFixed(2)
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`

const parsedTrees = new Map<string, ExprNode>()

/** The query as plain groq-js runs it: a scan of the perspective's documents per `*`, `->` by id. */
async function queryWithoutPlanner({ query, params = {}, perspective, file }: BundledQuery): Promise<unknown> {
  const key = `${query}\u0000${JSON.stringify(params)}`
  let tree = parsedTrees.get(key)
  if (!tree) parsedTrees.set(key, (tree = parse(query, { params })))
  const { documents, byId } = loadBundledDataset(file).views[perspective]
  const dereference = ({ _ref }: { _ref: string }) => byId.get(_ref) ?? null
  return JSON.parse(JSON.stringify(evaluateSync(tree, { dataset: documents, params, dereference }).data ?? null))
}

const queries = Object.entries(pageQueries as Record<string, unknown>).filter(
  (entry): entry is [string, string] => typeof entry[1] === 'string',
)

/** Measures every page query on one dataset; returns its closing line. */
async function benchDataset(label: string, file: string, paramsFor: ParamsFor): Promise<string> {
  const heapBefore = heapUsed()
  const loadStart = performance.now()
  const { documentCount } = loadBundledDataset(file)
  const loadMs = performance.now() - loadStart
  const heapAfter = heapUsed()
  const name = `${label}, ${documentCount.toLocaleString('en')} documents`

  console.log(`\n## ${name}, ${mb(statSync(file).size)} of NDJSON\n`)
  const heap = mb(heapAfter - heapBefore)
  console.log(`Load (read, parse, check, both perspectives): ${ms(loadMs)} ms; heap held by the dataset: ${heap}\n`)

  const rows: string[] = [
    '| query | perspective | first ms | p50 ms | p95 ms | result KB | goal |',
    '|---|---|---:|---:|---:|---:|:-:|',
  ]
  let over = 0
  let slowest = { query: '', p95: 0 }
  for (const [queryName, query] of queries) {
    let params: Record<string, unknown>
    try {
      params = paramsFor(queryName, query)
    } catch (error) {
      rows.push(`| ${queryName} | – | – | – | – | – | ${(error as Error).message} |`)
      over++
      continue
    }
    for (const perspective of perspectives) {
      const run = () =>
        (withoutPlanner ? queryWithoutPlanner : queryBundledDataset)({ query, params, perspective, file })
      const firstStart = performance.now()
      const result = await run()
      const first = performance.now() - firstStart
      for (let i = 0; i < 5; i++) await run()
      const times: number[] = []
      const started = performance.now()
      while (times.length < MIN_RUNS || (times.length < MAX_RUNS && performance.now() - started < BUDGET_MS)) {
        const start = performance.now()
        await run()
        times.push(performance.now() - start)
      }
      times.sort((a, b) => a - b)
      const p95 = percentile(times, 95)
      if (p95 >= GOAL_MS) over++
      if (p95 > slowest.p95) slowest = { query: `${queryName} (${perspective})`, p95 }
      const size = Buffer.byteLength(JSON.stringify(result)) / 1024
      const cells = [queryName, perspective, ms(first), ms(percentile(times, 50)), ms(p95), size.toFixed(1)]
      rows.push(`| ${cells.join(' | ')} | ${p95 < GOAL_MS ? 'yes' : 'no'} |`)
    }
  }
  console.log(rows.join('\n'))
  const runs = queries.length * perspectives.length
  const verdict =
    over === 0
      ? `all ${runs} query runs meet p95 < ${GOAL_MS} ms`
      : `${over} of ${runs} query runs MISS p95 < ${GOAL_MS} ms`
  return `${name}: ${verdict} (slowest p95: ${ms(slowest.p95)} ms, ${slowest.query})`
}

async function main() {
  const engine = withoutPlanner
    ? 'plain groq-js, without the query planner'
    : 'the bundled source, with its query planner'
  const runs = `p50/p95 over ${MIN_RUNS}-${MAX_RUNS} runs after warm-up; "first" is the cold run`
  console.log(`Node ${process.version}; ${engine}; ${runs}.`)
  const verdicts = [await benchDataset('bundled dataset', BUNDLED_FILE, bundledParams)]
  for (const series of seriesCounts()) {
    const dir = mkdtempSync(path.join(tmpdir(), 'content-bench-'))
    try {
      const file = writeSyntheticDataset(dir, { series })
      verdicts.push(await benchDataset(`synthetic, ${series} series`, file, syntheticParams(series)))
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  }
  console.log(`\n${verdicts.join('\n')}`)
}

main().catch((error) => {
  console.error(error)
  process.exit(1)
})
