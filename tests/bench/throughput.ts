/**
 * Requests per second and latency on loopback with autocannon (bounded: `durationSeconds` at
 * `connections` each): the cached review page and the bare page from the same `next start`, and
 * the review page's HTML from disk through a minimal static server (the ceiling).
 */
import { spawn } from 'node:child_process'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import autocannon from 'autocannon'
import { stopProcess, waitForAnswer } from './next-server'

export interface Throughput {
  label: string
  url: string
  requestsPerSecond: number
  p50Ms: number
  p99Ms: number
  /** Connection errors and timeouts. */
  errors: number
  non2xx: number
}

export interface LoadOptions {
  connections: number
  durationSeconds: number
}

export async function hammer(label: string, url: string, { connections, durationSeconds }: LoadOptions): Promise<Throughput> {
  const result = await autocannon({ url, connections, duration: durationSeconds })
  return {
    label,
    url,
    requestsPerSecond: result.requests.average,
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    errors: result.errors,
    non2xx: result.non2xx,
  }
}

/** A short bounded burst so caches and JIT are warm before the measured run. */
async function warmUp(url: string): Promise<void> {
  await autocannon({ url, connections: 10, amount: 500 })
}

export async function measureThroughput(origin: string, reviewPath: string, barePath: string, staticPort: number, load: LoadOptions): Promise<Throughput[]> {
  const review = await fetch(origin + reviewPath)
  if (!review.ok) throw new Error(`${reviewPath} answered ${review.status}`)
  const htmlFile = path.join(mkdtempSync(path.join(tmpdir(), 'bench-static-')), 'review.html')
  writeFileSync(htmlFile, await review.text())

  const staticServer = spawn(process.execPath, [path.resolve('tests/bench/static-server.ts'), htmlFile, String(staticPort)], { stdio: 'ignore' })
  try {
    const staticUrl = `http://127.0.0.1:${staticPort}/`
    if (!(await waitForAnswer(staticUrl, 10_000))) throw new Error(`the static server on port ${staticPort} did not start`)
    const targets: [string, string][] = [
      [`bare page (${barePath})`, origin + barePath],
      [`review page (${reviewPath})`, origin + reviewPath],
      ['same HTML, static server', staticUrl],
    ]
    const results: Throughput[] = []
    for (const [label, url] of targets) {
      await warmUp(url)
      results.push(await hammer(label, url, load))
    }
    return results
  } finally {
    await stopProcess(staticServer)
  }
}
