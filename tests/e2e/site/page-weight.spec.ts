/**
 * What a phone downloads for a series: the overview of a 16-episode series weighs at most 1.3 times
 * that of an 8-episode one, because what grows with the episodes (the guide, the full cast, every
 * review) lives on the subpages, one link away. (Each page's weight against its 60 kB goal is a
 * figure of `npm run bench`, beside the floor page.)
 *
 * The synthetic series are served by a second `next start` of the same build, on E2E_PORT + 1, reading
 * a generated dataset; their pages are not prerendered, so they render on the first request.
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { expect, test } from '@playwright/test'

import { writeSyntheticDataset } from '../../../scripts/synthetic-dataset'
import { type RunningServer, startNextServer } from '../../bench/next-server'

const MAX_SIXTEEN_TO_EIGHT = 1.3

const seriesFamily = (slug: string) => [
  `/series/${slug}`,
  `/series/${slug}/episodes`,
  `/series/${slug}/cast`,
  `/series/${slug}/reviews`,
]

interface Weight {
  path: string
  htmlBytes: number
  /** The `self.__next_f.push(...)` scripts: the page's RSC payload, serialised a second time beside its HTML. */
  payloadBytes: number
}

function payloadBytes(html: string): number {
  let total = 0
  for (const [, body] of html.matchAll(/<script>(self\.__next_f[\s\S]*?)<\/script>/g)) total += Buffer.byteLength(body)
  return total
}

async function weigh(origin: string, pagePath: string): Promise<Weight> {
  const response = await fetch(origin + pagePath)
  expect(response.status, pagePath).toBe(200)
  const html = await response.text()
  return { path: pagePath, htmlBytes: Buffer.byteLength(html), payloadBytes: payloadBytes(html) }
}

const kB = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`

function report(title: string, weights: Weight[]): void {
  const lines = weights.map(
    (weight) => `  ${weight.path.padEnd(44)} ${kB(weight.htmlBytes).padStart(9)} (payload ${kB(weight.payloadBytes)})`,
  )
  console.log([title, ...lines].join('\n'))
}

test.describe('a series twice as long', () => {
  test.describe.configure({ timeout: 180_000 })
  let server: RunningServer | undefined
  let folder: string

  test.beforeAll(async () => {
    test.setTimeout(120_000)
    folder = mkdtempSync(path.join(tmpdir(), 'series-weight-'))
    // series-1 has 8 episodes, series-2 has 16; each with its characters, reviews of every episode and news.
    const dataset = writeSyntheticDataset(folder, { series: 2, episodesPerSeries: [8, 16] })
    server = await startNextServer({
      distDir: process.env.NEXT_DIST_DIR ?? '.next',
      port: Number(process.env.E2E_PORT ?? 3210) + 1,
      env: {
        BUNDLED_DATASET_FILE: dataset,
        REACTIONS_SQLITE_FILE: path.join(folder, 'reactions.sqlite'),
        READER_COOKIE_SECRET: 'page-weight-reader-cookie-secret-0123',
      },
    })
  })

  test.afterAll(async () => {
    await server?.stop()
    if (folder) rmSync(folder, { recursive: true, force: true })
  })

  test('has an overview at most 1.3 times as heavy', async () => {
    const eight = await weigh(server!.origin, '/series/series-1')
    const sixteen = await weigh(server!.origin, '/series/series-2')
    // The pages must be what they claim: the chart draws every episode's score.
    for (const [weight, episodes] of [
      [eight, 8],
      [sixteen, 16],
    ] as const) {
      const html = await (await fetch(server!.origin + weight.path)).text()
      expect(html.match(/<g data-episode="/g), `${weight.path} chart bars`).toHaveLength(episodes)
    }
    const subpages = [
      ...(await Promise.all(
        seriesFamily('series-1')
          .slice(1)
          .map((page) => weigh(server!.origin, page)),
      )),
      ...(await Promise.all(
        seriesFamily('series-2')
          .slice(1)
          .map((page) => weigh(server!.origin, page)),
      )),
    ]
    const ratio = sixteen.htmlBytes / eight.htmlBytes
    report(`Synthetic series, 8 and 16 episodes (overview ratio ${ratio.toFixed(2)}, limit ${MAX_SIXTEEN_TO_EIGHT}):`, [
      eight,
      sixteen,
      ...subpages,
    ])
    expect(ratio).toBeLessThanOrEqual(MAX_SIXTEEN_TO_EIGHT)
  })
})
