/**
 * Two instances of one build on one Redis and one PostgreSQL, as behind a load balancer: a page
 * rendered on one is served by the other without rendering, a webhook to one refreshes both, a
 * content source failing after a webhook leaves both on the last good page, Redis going away takes
 * nothing down, and reader votes and rate limits are shared. The same steps
 * without REDIS_URL leave the second instance stale, which shows the test can fail.
 *
 * SHARED_CACHE_LOG=1 makes cache-handler.mjs log every cache write; an instance that renders a
 * page writes it, so "no write on B" means B did not render.
 */
import { renameSync } from 'node:fs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { signedWebhookRequest } from '@/lib/revalidation/signed-webhook'
import { type RunningServer, startNextServer } from '../bench/next-server'
import { postgresAvailable, startTestPostgres, type TestPostgres } from '../support/postgres'
import { redisAvailable, startTestRedis, type TestRedis } from '../support/redis'
import { eventually } from './review-page-probe'
import { copyBundledDataset, type ServedDataset } from './served-dataset'

const secret = 'shared-cache-revalidate-secret-0123'
const readerCookieSecret = 'shared-cache-reader-cookie-secret-01'
const reviewSlug = 'love-in-the-big-city-review'
const reviewPath = `/reviews/${reviewSlug}`
const distDir = process.env.NEXT_DIST_DIR ?? '.next'
// Instances without Redis write the pages they render into the build folder, which later runs
// start from: every edit says something no earlier run wrote.
const run = Date.now().toString(36)
const servicesMissing = !redisAvailable() || !postgresAvailable()
// CI installs both (.ci/run); a developer machine without them skips, saying why.
if (servicesMissing && process.env.CI) throw new Error('The scale-out tests need redis-server and PostgreSQL')

interface Instance extends RunningServer {
  name: string
}

async function startInstance(name: string, port: number, env: Record<string, string>): Promise<Instance> {
  const server = await startNextServer({ distDir, port, env: { SANITY_REVALIDATE_SECRET: secret, ...env } })
  return { ...server, name }
}

async function read(instance: Instance, path = reviewPath) {
  // An instance stuck on its cache would otherwise hang the test until its timeout, saying nothing.
  const response = await fetch(instance.origin + path, { signal: AbortSignal.timeout(10_000) }).catch((error) => {
    throw new Error(`${instance.name} did not answer ${path} within 10 s: ${error}\n${instance.output().slice(-2000)}`)
  })
  return { status: response.status, cache: response.headers.get('x-nextjs-cache'), html: await response.text() }
}

async function sendWebhook(instance: Instance, dataset: ServedDataset, reviewId?: string): Promise<void> {
  // The id is looked up in the dataset unless given (a test may have moved the file away).
  const change = { _id: reviewId ?? dataset.publishedIdOf('review', reviewSlug), _type: 'review', slug: reviewSlug }
  const answer = await fetch(`${instance.origin}/api/revalidate`, {
    method: 'POST',
    ...(await signedWebhookRequest(change, secret)),
  })
  expect(answer.status).toBe(200)
}

/** The cache writes an instance logged for a path since `from` (an offset into its output). */
function writesFor(instance: Instance, path: string, from: number): string[] {
  return instance
    .output()
    .slice(from)
    .split('\n')
    .filter((line) => line.startsWith('[shared-cache] set ') && line.endsWith(`$${path}`))
}

describe.skipIf(servicesMissing)('two instances on one Redis and one PostgreSQL', () => {
  let redis: TestRedis
  let postgres: TestPostgres
  let dataset: ServedDataset
  let a: Instance
  let b: Instance

  beforeAll(async () => {
    ;[redis, postgres] = await Promise.all([startTestRedis(6391), startTestPostgres()])
    dataset = copyBundledDataset()
    const env = {
      REDIS_URL: redis.url,
      SHARED_CACHE_LOG: '1',
      BUNDLED_DATASET_FILE: dataset.file,
      DATABASE_URL: postgres.url,
      READER_COOKIE_SECRET: readerCookieSecret,
    }
    // One after the other: the second finds the build's pages already seeded and writes none.
    a = await startInstance('A', 3293, env)
    b = await startInstance('B', 3294, env)
  }, 120_000)

  afterAll(async () => {
    await Promise.all([a?.stop(), b?.stop()])
    await redis?.stop()
    postgres?.stop()
    dataset?.remove()
  })

  it('serves the build-time pages from the shared cache on a new instance, without rendering', async () => {
    expect(a.output()).toMatch(/build-time pages offered to the shared cache/)
    const from = b.output().length
    for (const path of ['/', '/series/love-in-the-big-city', reviewPath]) {
      const page = await read(b, path)
      expect(page.status, path).toBe(200)
      expect(page.cache, path).toBe('HIT')
      expect(writesFor(b, path === '/' ? '/index' : path, from), path).toEqual([])
    }
  })

  it('refreshes both instances from one webhook to A, and B serves what A rendered', async () => {
    const verdict = `Shared cache: the edit A renders is the page B serves. (${run})`
    expect((await read(b)).html).not.toContain(verdict)
    dataset.edit(dataset.publishedIdOf('review', reviewSlug), 'verdict', verdict)
    const fromA = a.output().length
    const fromB = b.output().length
    const sent = Date.now()
    await sendWebhook(a, dataset)

    // As on one instance, A's first read may get the last page while the new one renders.
    expect(await eventually(async () => (await read(a)).html.includes(verdict), 2_000)).toBe(true)
    expect(writesFor(a, reviewPath, fromA).length).toBeGreaterThan(0)
    expect(await eventually(async () => (await read(b)).html.includes(verdict), 2_000)).toBe(true)
    const freshOnB = Date.now() - sent
    console.log(`webhook to A → fresh review page on B: ${freshOnB} ms`)
    expect(freshOnB).toBeLessThanOrEqual(2_000)
    expect((await read(b)).cache).toBe('HIT')
    expect(writesFor(b, reviewPath, fromB)).toEqual([])
  })

  it('puts an edit into search on B after a webhook to A', async () => {
    const word = `zorvath${run}`
    const search = async () =>
      ((await (await fetch(`${b.origin}/api/search?q=${word}`)).json()) as { results: { url: string }[] }).results
    expect(await search()).toEqual([])
    dataset.edit('person-nam-yoon-su', 'aliases', [word])
    const change = { _id: 'person-nam-yoon-su', _type: 'person', slug: 'nam-yoon-su' }
    const answer = await fetch(`${a.origin}/api/revalidate`, {
      method: 'POST',
      ...(await signedWebhookRequest(change, secret)),
    })
    expect(answer.status).toBe(200)
    // The index's build stamp lives in the shared cache: B's next search rebuilds, no waiting.
    expect((await search()).map((result) => result.url)).toEqual(['/people/nam-yoon-su'])
  })

  it('keeps serving the last good page on both when the content source fails after a webhook', async () => {
    const lastGood = (await read(b)).html.match(/Shared cache: the edit A renders[^<]*/)?.[0]
    expect(lastGood).toBeTruthy()
    const reviewId = dataset.publishedIdOf('review', reviewSlug)
    renameSync(dataset.file, `${dataset.file}.moved`)
    try {
      await sendWebhook(a, dataset, reviewId)
      for (let round = 0; round < 5; round++) {
        for (const instance of [a, b]) {
          const page = await read(instance)
          expect(page.status, instance.name).toBe(200)
          expect(page.html, instance.name).toContain(lastGood)
        }
        await new Promise((resolve) => setTimeout(resolve, 200))
      }
    } finally {
      renameSync(`${dataset.file}.moved`, dataset.file)
    }
    const verdict = `Shared cache: the source is back (${run})`
    dataset.edit(reviewId, 'verdict', verdict)
    await sendWebhook(a, dataset)
    for (const instance of [a, b]) {
      expect(await eventually(async () => (await read(instance)).html.includes(verdict), 3_000)).toBe(true)
    }
  })

  it('keeps answering while Redis is down, and shares again once it is back', async () => {
    const pages = ['/', '/series/love-in-the-big-city', reviewPath, '/people/nam-yoon-su']
    await redis.kill()
    for (const instance of [a, b]) {
      for (const path of pages) expect((await read(instance, path)).status, `${instance.name} ${path}`).toBe(200)
    }
    expect(await eventually(() => [a, b].every((instance) => /Redis unreachable/.test(instance.output())))).toBe(true)

    const fromA = a.output().length
    const fromB = b.output().length
    await redis.restart()
    const reconnected = (instance: Instance, from: number) =>
      instance.output().slice(from).includes('Redis reachable again')
    // What each instance said about Redis over the whole run, should the reconnect not come.
    const redisLog = (instance: Instance) =>
      `${instance.name}:\n${instance
        .output()
        .split('\n')
        .filter((line) => line.startsWith('[shared-cache]') && !line.startsWith('[shared-cache] set '))
        .join('\n')}`
    expect(
      await eventually(() => reconnected(a, fromA) && reconnected(b, fromB), 15_000),
      `no reconnect logged after the restart\n${redisLog(a)}\n${redisLog(b)}`,
    ).toBe(true)

    // The restarted Redis is empty: A renders into it, B reads A's page from it.
    expect((await read(a)).status).toBe(200)
    expect((await read(b)).cache).toBe('HIT')
    const verdict = `Shared cache: back after the outage. (${run})`
    dataset.edit(dataset.publishedIdOf('review', reviewSlug), 'verdict', verdict)
    await sendWebhook(a, dataset)
    expect(await eventually(async () => (await read(b)).html.includes(verdict), 2_000)).toBe(true)
  })

  it('counts a vote cast on A on B, and shares one rate limit', async () => {
    const posted = await fetch(`${a.origin}/api/reactions/reviews`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        subject: 'series-love-in-the-big-city',
        rating: 8,
        title: 'Two instances, one database',
        body: 'A reader review posted on one instance and read on the other, as behind a balancer.',
        name: 'Balanced Reader',
      }),
    })
    expect(posted.status).toBe(201)
    const { id } = (await posted.json()) as { id: string }

    // Each voter keeps the reader cookie their first vote was given.
    const cookies = new Map<string, string>()
    const vote = async (instance: Instance, voter: string) => {
      const cookie = cookies.get(voter)
      const answer = await fetch(`${instance.origin}/api/reactions/reviews/${id}/votes`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) },
        body: JSON.stringify({ helpful: true }),
      })
      const issued = answer.headers.get('set-cookie')?.split(';')[0]
      if (issued) cookies.set(voter, issued)
      return { status: answer.status, counts: answer.ok ? ((await answer.json()) as { helpful: number }) : null }
    }
    expect((await vote(a, 'first')).counts?.helpful).toBe(1)
    // B counts the vote cast on A.
    expect((await vote(b, 'second')).counts?.helpful).toBe(2)

    // 60 votes a minute per reader and per address, counted in the database: the first voter's next
    // 58 split between the instances are allowed (60 from this address), the next one is refused on either.
    for (let count = 3; count <= 60; count++) {
      expect((await vote(count % 2 ? a : b, 'first')).status, `vote ${count}`).toBe(200)
    }
    expect((await vote(b, 'first')).status).toBe(429)
    expect((await vote(a, 'first')).status).toBe(429)
  }, 60_000)
})

describe.skipIf(servicesMissing)('two instances without REDIS_URL (the control)', () => {
  let dataset: ServedDataset
  let c: Instance
  let d: Instance

  beforeAll(async () => {
    dataset = copyBundledDataset()
    c = await startInstance('C', 3296, { BUNDLED_DATASET_FILE: dataset.file })
    d = await startInstance('D', 3297, { BUNDLED_DATASET_FILE: dataset.file })
  }, 120_000)

  afterAll(async () => {
    await Promise.all([c?.stop(), d?.stop()])
    dataset?.remove()
  })

  it('leaves the instance the webhook did not reach serving the old page', async () => {
    const verdict = `Separate caches: only the instance that heard the webhook shows this. (${run})`
    expect((await read(d)).html).not.toContain(verdict)
    dataset.edit(dataset.publishedIdOf('review', reviewSlug), 'verdict', verdict)
    await sendWebhook(c, dataset)
    // C refreshes (the first read after the webhook may still get the last page while it renders).
    expect(await eventually(async () => (await read(c)).html.includes(verdict), 5_000)).toBe(true)
    expect(await eventually(async () => (await read(d)).html.includes(verdict), 2_500)).toBe(false)
  })
})
