/**
 * A cached review page under sustained load: 60 s at 100 connections on loopback, and every
 * answer is a 200 with no server errors. Throughput figures belong to `npm run bench`; this only
 * asserts that nothing fails.
 */
import { afterAll, beforeAll, expect, it } from 'vitest'
import { type RunningServer, startNextServer } from '../bench/next-server'
import { hammer } from '../bench/throughput'
import { copyBundledDataset, type ServedDataset } from './served-dataset'

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

  const run = await hammer('review page', server.origin + reviewPath, { connections: 100, durationSeconds: 60 })
  console.log(`review page, 60 s at 100 connections: ${Math.round(run.requestsPerSecond)} req/s, p99 ${run.p99Ms} ms`)

  expect(run.errors, `failed requests by kind: ${JSON.stringify(run.errorKinds)}`).toBe(0)
  expect(run.non2xx).toBe(0)
  expect(run.requestsPerSecond).toBeGreaterThan(0)
  const after = await fetch(server.origin + reviewPath)
  expect(after.status).toBe(200)
  expect(await after.text()).toContain(reviewTitle)
  expect(server.output()).not.toMatch(/\berror\b/i)
}, 120_000)
