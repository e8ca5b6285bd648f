/**
 * What the reader side costs a cached page: the same pages from a build with reader reactions on
 * and one with READER_REACTIONS=off, each served by its own `next start`, measured in alternating
 * halves (on, off, off, on) so machine drift cancels out.
 */
import { buildNext } from './next-build'
import { startNextServer } from './next-server'
import { type CountedRun, type LoadOptions, type Throughput, combineRuns, rawRun, warmUp } from './throughput'

export interface ReaderSectionThroughput {
  path: string
  on: Throughput
  off: Throughput
  /** HTML bytes of each version. */
  bytes: { on: number; off: number }
}

export const readerSectionPages = ['/reviews/love-in-the-big-city-review', '/series/love-in-the-big-city'] as const

export async function measureReaderSectionThroughput(
  onBuild: { distDir: string; env: Record<string, string> },
  ports: { on: number; off: number },
  load: LoadOptions,
): Promise<ReaderSectionThroughput[]> {
  const offDistDir = `${onBuild.distDir}-reactions-off`
  const offEnv = { ...onBuild.env, READER_REACTIONS: 'off' }
  await buildNext(offDistDir, offEnv)
  const on = await startNextServer({ distDir: onBuild.distDir, port: ports.on, env: onBuild.env })
  const off = await startNextServer({ distDir: offDistDir, port: ports.off, env: offEnv })
  try {
    const results: ReaderSectionThroughput[] = []
    for (const path of readerSectionPages) {
      const urls = { on: on.origin + path, off: off.origin + path }
      const bytes = { on: 0, off: 0 }
      for (const side of ['on', 'off'] as const) {
        const response = await fetch(urls[side])
        if (!response.ok) throw new Error(`${urls[side]} answered ${response.status}`)
        bytes[side] = (await response.arrayBuffer()).byteLength
        await warmUp(urls[side], load.connections)
      }
      const runs: Record<'on' | 'off', CountedRun[]> = { on: [], off: [] }
      for (const side of ['on', 'off', 'off', 'on'] as const)
        runs[side].push(await rawRun(urls[side], load.connections, load.durationSeconds / 2))
      results.push({
        path,
        on: combineRuns(`${path}, reader section on`, urls.on, load.connections, runs.on),
        off: combineRuns(`${path}, READER_REACTIONS=off`, urls.off, load.connections, runs.off),
        bytes,
      })
    }
    return results
  } finally {
    await on.stop()
    await off.stop()
  }
}
