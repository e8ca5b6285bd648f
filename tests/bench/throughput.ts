/**
 * Requests per second and latency on loopback with autocannon (bounded: `durationSeconds` at
 * `connections` per target): the cached review page against the bare page and the bare page
 * padded to the review page's weight, all from the same `next start`, and the review page's HTML
 * from disk through a minimal static server (the ceiling). On a shared 2-core machine throughput
 * drifts by 20% within a minute, so the Next pages are measured in halves, in the order bare,
 * weighted, review, review, weighted, bare, which cancels drift.
 */
import { spawn } from 'node:child_process'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import autocannon, { type RawResult } from 'autocannon'
import { stopProcess, waitForAnswer } from './next-server'

export interface Throughput {
  label: string
  url: string
  requestsPerSecond: number
  p50Ms: number
  p99Ms: number
  /** The slowest answer. */
  maxMs: number
  /** Connection errors and timeouts. */
  errors: number
  /** How many of `errors` were of each kind (an error code such as ECONNRESET, or the message). */
  errorKinds: Record<string, number>
  non2xx: number
}

/** One run before aggregation, with what kinds of error its failed requests met. */
export type CountedRun = RawResult & { errorKinds: Record<string, number> }

export interface LoadOptions {
  connections: number
  durationSeconds: number
}

export async function rawRun(url: string, connections: number, durationSeconds: number): Promise<CountedRun> {
  const errorKinds: Record<string, number> = {}
  const run = autocannon({ url, connections, duration: durationSeconds, skipAggregateResult: true }).on(
    'reqError',
    (error) => {
      const kind = error.code ?? error.message
      errorKinds[kind] = (errorKinds[kind] ?? 0) + 1
    },
  )
  return { ...((await run) as unknown as RawResult), errorKinds }
}

/** Merges runs against one URL: requests over total time, latency percentiles over every request. */
export function combineRuns(label: string, url: string, connections: number, runs: CountedRun[]): Throughput {
  const merged = autocannon.aggregateResult(runs, { url, connections })
  const completed = runs.reduce((sum, run) => sum + run.totalCompletedRequests, 0)
  const seconds = runs.reduce((sum, run) => sum + run.duration, 0)
  return {
    label,
    url,
    requestsPerSecond: completed / seconds,
    p50Ms: merged.latency.p50,
    p99Ms: merged.latency.p99,
    maxMs: merged.latency.max,
    errors: merged.errors,
    errorKinds: mergeCounts(runs.map((run) => run.errorKinds)),
    non2xx: merged.non2xx,
  }
}

function mergeCounts(counts: Record<string, number>[]): Record<string, number> {
  const merged: Record<string, number> = {}
  for (const count of counts) for (const [kind, n] of Object.entries(count)) merged[kind] = (merged[kind] ?? 0) + n
  return merged
}

export async function hammer(
  label: string,
  url: string,
  { connections, durationSeconds }: LoadOptions,
): Promise<Throughput> {
  return combineRuns(label, url, connections, [await rawRun(url, connections, durationSeconds)])
}

/**
 * `next start` keeps getting faster for about 15 s under load (the JIT at work), so each target
 * first gets a bounded warm-up at full concurrency.
 */
const warmUpSeconds = 8

export async function warmUp(url: string, connections: number): Promise<void> {
  await autocannon({ url, connections, duration: warmUpSeconds })
}

export interface ThroughputFigures {
  bare: Throughput
  /** The bare page padded to the review page's weight. */
  weighted: Throughput
  review: Throughput
  ceiling: Throughput
}

export async function measureThroughput(
  origin: string,
  paths: { review: string; bare: string; weighted: string },
  staticPort: number,
  load: LoadOptions,
): Promise<ThroughputFigures> {
  const review = await fetch(origin + paths.review)
  if (!review.ok) throw new Error(`${paths.review} answered ${review.status}`)
  const htmlFile = path.join(mkdtempSync(path.join(tmpdir(), 'bench-static-')), 'review.html')
  writeFileSync(htmlFile, await review.text())

  const urls = { bare: origin + paths.bare, weighted: origin + paths.weighted, review: origin + paths.review }
  for (const url of Object.values(urls)) await warmUp(url, load.connections)
  const half = load.durationSeconds / 2
  const runs: Record<keyof typeof urls, CountedRun[]> = { bare: [], weighted: [], review: [] }
  for (const target of ['bare', 'weighted', 'review', 'review', 'weighted', 'bare'] as const) {
    runs[target].push(await rawRun(urls[target], load.connections, half))
  }

  const staticServer = spawn(
    process.execPath,
    [path.resolve('tests/bench/static-server.ts'), htmlFile, String(staticPort)],
    { stdio: 'ignore' },
  )
  try {
    const staticUrl = `http://127.0.0.1:${staticPort}/`
    if (!(await waitForAnswer(staticUrl, 10_000)))
      throw new Error(`the static server on port ${staticPort} did not start`)
    await warmUp(staticUrl, load.connections)
    return {
      bare: combineRuns(`bare page (${paths.bare})`, urls.bare, load.connections, runs.bare),
      weighted: combineRuns(
        `bare page padded to the review page's weight (${paths.weighted})`,
        urls.weighted,
        load.connections,
        runs.weighted,
      ),
      review: combineRuns(`review page (${paths.review})`, urls.review, load.connections, runs.review),
      ceiling: await hammer('same HTML, static server', staticUrl, load),
    }
  } finally {
    await stopProcess(staticServer)
  }
}
