/**
 * npm run bench:content: the bundled-dataset source on a synthetic dataset of about 10,000
 * documents (200 series with their episodes, people, characters, reviews and news). Prints the
 * load time, the heap the loaded dataset holds, and p50/p95 of every page query in
 * lib/content/queries.ts in both perspectives. Goal: p95 under 5 ms per page query.
 *
 *   npm run bench:content [-- --series 200]
 */
import { mkdtempSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { setFlagsFromString } from 'node:v8'
import { runInNewContext } from 'node:vm'
import * as pageQueries from '../lib/content/queries'
import { loadBundledDataset, queryBundledDataset } from '../lib/content/sources/bundled'
import { syntheticParams } from './bench-content.params'
import { writeSyntheticDataset } from './synthetic-dataset'

const GOAL_MS = 5
const MIN_RUNS = 30
const MAX_RUNS = 300
const BUDGET_MS = 2500
const perspectives = ['published', 'drafts'] as const

function option(name: string, fallback: number): number {
  const index = process.argv.indexOf(`--${name}`)
  return index === -1 ? fallback : Number(process.argv[index + 1])
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

async function main() {
  const seriesCount = option('series', 200)
  const dir = mkdtempSync(path.join(tmpdir(), 'content-bench-'))
  try {
    const file = writeSyntheticDataset(dir, { series: seriesCount })

    const heapBefore = heapUsed()
    const loadStart = performance.now()
    const { documentCount } = loadBundledDataset(file)
    const loadMs = performance.now() - loadStart
    const heapAfter = heapUsed()

    console.log(
      `Synthetic dataset: ${seriesCount} series, ${documentCount} documents, ${mb(statSync(file).size)} of NDJSON`,
    )
    console.log(
      `Load (read, parse, check, build both perspectives): ${ms(loadMs)} ms; heap held by the dataset: ${mb(heapAfter - heapBefore)}`,
    )
    console.log(
      `Node ${process.version}; p50/p95 over ${MIN_RUNS}-${MAX_RUNS} runs after warm-up; "first" is the cold run that also builds lookups.\n`,
    )

    const paramsFor = syntheticParams(seriesCount)
    const queries = Object.entries(pageQueries as Record<string, unknown>).filter(
      (entry): entry is [string, string] => typeof entry[1] === 'string',
    )
    const rows: string[] = [
      '| query | perspective | first ms | p50 ms | p95 ms | result KB | goal |',
      '|---|---|---:|---:|---:|---:|:-:|',
    ]
    let over = 0
    for (const [name, query] of queries) {
      let params: Record<string, unknown>
      try {
        params = paramsFor(name, query)
      } catch (error) {
        rows.push(`| ${name} | – | – | – | – | – | ${(error as Error).message} |`)
        continue
      }
      for (const perspective of perspectives) {
        const run = () => queryBundledDataset({ query, params, perspective, file })
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
        const size = Buffer.byteLength(JSON.stringify(result)) / 1024
        rows.push(
          `| ${name} | ${perspective} | ${ms(first)} | ${ms(percentile(times, 50))} | ${ms(p95)} | ${size.toFixed(1)} | ${p95 < GOAL_MS ? 'yes' : 'no'} |`,
        )
      }
    }
    console.log(rows.join('\n'))
    const runs = queries.length * perspectives.length
    console.log(
      over === 0
        ? `\nAll ${runs} query runs meet the p95 < ${GOAL_MS} ms goal.`
        : `\n${over} of ${runs} query runs miss the p95 < ${GOAL_MS} ms goal.`,
    )
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

main().catch((error) => {
  console.error(error)
  process.exit(1)
})
