/**
 * A cached review page under sustained load: 100 connections on loopback kept busy for 60 s, and
 * every answer is a 200, within 10 s, with no server errors. Throughput figures belong to
 * `npm run bench`; this only asserts that nothing fails.
 *
 * The connections are open before the load starts (tests/load/sustained-load.ts): a busy Node
 * server lets new connections in one per event-loop turn, and opened all at once the last of 100
 * waited over 10 s for a first answer (docs/performance.md, "A burst of new connections").
 */
import { afterAll, beforeAll, expect, it } from 'vitest'
import { type RunningServer, startNextServer } from '../bench/next-server'
import { copyBundledDataset, type ServedDataset } from './served-dataset'
import { sustainedLoad } from './sustained-load'

const reviewPath = '/reviews/love-in-the-big-city-review'
const reviewTitle = 'Love in the Big City review: a sentimental education in four loves'
let dataset: ServedDataset
let server: RunningServer

beforeAll(async () => {
  dataset = copyBundledDataset()
  server = await startNextServer({
    distDir: process.env.NEXT_DIST_DIR ?? '.next',
    port: 3291,
    env: { BUNDLED_DATASET_FILE: dataset.file },
  })
})

afterAll(async () => {
  await server?.stop()
  dataset?.remove()
})

it('serves the review page 60 s at 100 connections with no errors and no non-2xx answers', async () => {
  const before = await fetch(server.origin + reviewPath)
  expect(before.status).toBe(200)
  expect(await before.text()).toContain(reviewTitle)

  const run = await sustainedLoad(server.origin + reviewPath, { connections: 100, durationSeconds: 60 })
  console.log(
    `review page, 60 s at 100 connections (opened in ${run.admissionMs} ms): ` +
      `${Math.round(run.requestsPerSecond)} req/s, p99 ${run.p99Ms} ms, slowest ${run.maxMs} ms`,
  )

  expect(run.errors, 'failed requests by kind').toEqual({})
  expect(run.statuses, 'answers other than 200 by status').toEqual({})
  // The client's timeout counts 10 s without a byte; this bounds the whole answer.
  expect(run.maxMs).toBeLessThan(10_000)
  expect(run.connectionsUsed).toBe(100)
  expect(run.answers).toBeGreaterThan(0)
  const after = await fetch(server.origin + reviewPath)
  expect(after.status).toBe(200)
  expect(await after.text()).toContain(reviewTitle)
  expect(server.output()).not.toMatch(/\berror\b/i)
}, 120_000)
