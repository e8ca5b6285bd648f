/**
 * The content-source fault test on the Content Lake path: the site is built and served with
 * NEXT_PUBLIC_SANITY_PROJECT_ID set, reading from a loopback stub of the query API. A revalidation
 * while the API answers 500 keeps the last good page, the error is logged, and the next
 * revalidation after it recovers brings the edit in.
 */
import { rmSync } from 'node:fs'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { buildNext } from '../bench/next-build'
import { type RunningServer, startNextServer } from '../bench/next-server'
import { type ContentLakeStub, STUB_FAILURE_DESCRIPTION, startContentLakeStub } from './content-lake-stub'
import { eventually, reviewPageProbe } from './review-page-probe'
import { copyBundledDataset, type ServedDataset } from './served-dataset'

const secret = 'load-test-revalidate-secret-0123456789'
const distDir = '.next-content-lake'
const stubPort = 3296
const sitePort = 3297
const reviewSlug = 'love-in-the-big-city-review'
let dataset: ServedDataset
let stub: ContentLakeStub
let server: RunningServer
let page: ReturnType<typeof reviewPageProbe>
/** Queries the build itself sent to the stub (prerendering). */
let buildReads = 0

beforeAll(async () => {
  dataset = copyBundledDataset()
  stub = await startContentLakeStub({ port: stubPort, file: dataset.file, dataset: 'production' })
  const env = {
    NEXT_PUBLIC_SANITY_PROJECT_ID: 'stubproject',
    NEXT_PUBLIC_SANITY_DATASET: 'production',
    SANITY_API_HOST: stub.origin,
    SANITY_REVALIDATE_SECRET: secret,
    NEXT_TELEMETRY_DISABLED: '1',
    // Images in the stub's answers are bundled files, served from beside this copy.
    BUNDLED_DATASET_FILE: dataset.file,
  }
  // Its own build: public Sanity settings are inlined at build time, and prerendering reads the stub.
  // buildNext puts tsconfig.json and next-env.d.ts back as they were. The data cache of an earlier
  // run (its edits included) would be reused by the build instead of asking the stub: start empty.
  rmSync(path.join(distDir, 'cache', 'fetch-cache'), { recursive: true, force: true })
  const build = await buildNext(distDir, env)
  buildReads = stub.requests.length
  console.log(
    `Content Lake build against the stub: ${Math.round(build.wallMs / 1000)} s, ${build.pages} pages, ${buildReads} ` +
      `queries`,
  )
  server = await startNextServer({ distDir, port: sitePort, env })
  page = reviewPageProbe(
    server,
    { _id: dataset.publishedIdOf('review', reviewSlug), _type: 'review', slug: reviewSlug },
    secret,
  )
}, 240_000) // the build takes 60-90 s; only this file's hook waits that long

afterAll(async () => {
  await server?.stop()
  await stub?.stop()
  dataset?.remove()
})

describe.sequential('the Content Lake source failing during a revalidation', () => {
  let verdict = `Last good verdict ${Date.now()}`

  it('serves the review page from the Content Lake: an edit there plus a webhook reaches the page', async () => {
    const before = await page.read()
    expect(before.status).toBe(200)
    expect(before.html).not.toContain(verdict)
    const seenBefore = stub.requests.length

    await page.publishVerdict(dataset, verdict)

    const reads = stub.requests.slice(seenBefore)
    expect(reads.some((read) => read.params.slug === reviewSlug && read.status === 200)).toBe(true)
    for (const read of reads) {
      expect(read.path).toBe('/v2025-09-01/data/query/production')
      expect(read.projectId).toBe('stubproject')
      expect(read.perspective).toBe('published')
      expect(read.authorization).toBeUndefined()
    }
  })

  it('keeps the last good page while the API answers 500, logs the failure, and recovers after', async () => {
    const logBefore = server.output().length
    const seenBefore = stub.requests.length
    stub.setFailing(true)
    try {
      await page.sendWebhook()
      // Every read for a couple of seconds gets the page as it last was.
      await page.expectLastGoodPage(verdict, 10)
      expect(stub.requests.slice(seenBefore).some((request) => request.failedOnPurpose)).toBe(true)
      expect(await eventually(() => server.output().slice(logBefore).includes(STUB_FAILURE_DESCRIPTION))).toBe(true)
    } finally {
      stub.setFailing(false)
    }

    verdict = `Recovered verdict ${Date.now()}`
    await page.publishVerdict(dataset, verdict)
  })

  it('was sent only published reads without credentials, and could answer every one it was not told to fail', () => {
    expect(buildReads).toBeGreaterThan(0)
    for (const request of stub.requests) {
      expect(request.perspective).toBe('published')
      expect(request.authorization).toBeUndefined()
    }
    // Build-time and run-time queries alike: a query the stub cannot answer shows up here with its text.
    const unanswered = stub.requests.filter((request) => request.status !== 200 && !request.failedOnPurpose)
    expect(unanswered.map(({ status, query, params }) => ({ status, query, params }))).toEqual([])
  })
})
