/**
 * Two instances behind nginx with the deploy folder's rules (deploy/nginx/site.conf).
 * - The proxy cache keeps only what the app marks shareable, never draft mode or API answers, and
 *   a webhook still reaches readers through it within about a second.
 * - 60 s at 100 connections spread over both instances, one stopped a third of the way in, and not
 *   one request fails: nginx retries what the stopped instance dropped on the other. The proxy
 *   cache is off for this one, so that every request reaches an instance.
 */
import { afterAll, beforeAll, describe, expect, it, onTestFinished } from 'vitest'
import { signedWebhookRequest } from '@/lib/revalidation/signed-webhook'
import { type RunningServer, startNextServer } from '../bench/next-server'
import { hammer } from '../bench/throughput'
import { nginxAvailable, startTestNginx, type TestNginx } from '../support/nginx'
import { redisAvailable, startTestRedis, type TestRedis } from '../support/redis'
import { eventually } from './review-page-probe'
import { copyBundledDataset, type ServedDataset } from './served-dataset'

const reviewSlug = 'love-in-the-big-city-review'
const reviewPath = `/reviews/${reviewSlug}`
const ports = [3285, 3286]
const revalidateSecret = 'behind-nginx-revalidate-secret-0123'
const previewSecret = 'behind-nginx-preview-secret-012345'
const servicesMissing = !nginxAvailable() || !redisAvailable()
if (servicesMissing && process.env.CI) throw new Error('The proxy tests need nginx and redis-server')

describe.skipIf(servicesMissing)('two instances on one Redis behind nginx', () => {
  let redis: TestRedis
  let dataset: ServedDataset
  let instances: RunningServer[]

  beforeAll(async () => {
    redis = await startTestRedis(6392)
    dataset = copyBundledDataset()
    const distDir = process.env.NEXT_DIST_DIR ?? '.next'
    instances = []
    for (const port of ports) {
      const env = {
        REDIS_URL: redis.url,
        BUNDLED_DATASET_FILE: dataset.file,
        SANITY_REVALIDATE_SECRET: revalidateSecret,
        SANITY_PREVIEW_SECRET: previewSecret,
      }
      instances.push(await startNextServer({ distDir, port, env }))
    }
  }, 120_000)

  afterAll(async () => {
    await Promise.all(instances?.map((instance) => instance.stop()) ?? [])
    await redis?.stop()
    dataset?.remove()
  })

  describe('with the proxy cache', () => {
    let cached: TestNginx
    beforeAll(async () => {
      cached = await startTestNginx({ upstreamPorts: ports, proxyCache: true })
    })
    afterAll(() => cached?.stop())

    const get = async (path: string, headers: Record<string, string> = {}) => {
      const response = await fetch(cached.origin + path, { headers, redirect: 'manual' })
      return { response, cache: response.headers.get('x-proxy-cache'), html: await response.text() }
    }

    it('keeps shareable pages, and neither API answers nor pages marked private', async () => {
      await get(reviewPath)
      expect((await get(reviewPath)).cache).toBe('HIT')
      // /search renders per request and says so (no-store): every request reaches an instance.
      await get('/search?q=nam')
      expect((await get('/search?q=nam')).cache).toBe('MISS')
      await get('/api/search?q=nam')
      expect((await get('/api/search?q=nam')).cache).toBeNull()
    })

    it('never serves draft mode from the cache nor keeps its pages', async () => {
      const enable = await get(`/api/draft-mode/enable?secret=${previewSecret}&redirect=${reviewPath}`)
      expect(enable.response.status).toBe(307)
      const cookie = enable.response.headers
        .getSetCookie()
        .map((line) => line.split(';')[0])
        .join('; ')
      expect(cookie).toContain('__prerender_bypass=')
      const draft = await get(reviewPath, { cookie })
      expect(draft.cache).toBe('BYPASS')
      expect(draft.html).toContain('aria-label="Draft mode"')
      const reader = await get(reviewPath)
      // From nginx's copy: fresh (HIT) or past its second and being refreshed (STALE, UPDATING).
      expect(['HIT', 'STALE', 'UPDATING']).toContain(reader.cache)
      expect(reader.html).not.toContain('aria-label="Draft mode"')
    })

    // nginx keeps its copy for a second, then one reader's request refreshes it from an instance,
    // which renders the page once: the edit reaches readers within three seconds.
    it('lets a webhook reach readers through the cache within three seconds', async () => {
      const verdict = `Through nginx: the edit readers see (${Date.now().toString(36)}).`
      const reviewId = dataset.publishedIdOf('review', reviewSlug)
      dataset.edit(reviewId, 'verdict', verdict)
      const sent = Date.now()
      const answer = await fetch(`${cached.origin}/api/revalidate`, {
        method: 'POST',
        ...(await signedWebhookRequest({ _id: reviewId, _type: 'review', slug: reviewSlug }, revalidateSecret)),
      })
      expect(answer.status).toBe(200)
      expect(await eventually(async () => (await get(reviewPath)).html.includes(verdict), 3_000)).toBe(true)
      const freshAfterMs = Date.now() - sent
      expect(freshAfterMs).toBeLessThanOrEqual(3_000)
      // From then on every reader gets the edit, whichever instance refreshes the cached copy.
      for (let read = 0; read < 5; read++) expect((await get(reviewPath)).html).toContain(verdict)
      console.log(`webhook through nginx → fresh page through its cache: ${freshAfterMs} ms`)
    })
  })

  it('answers every request for 60 s at 100 connections while one instance stops', async () => {
    const nginx = await startTestNginx({ upstreamPorts: ports, proxyCache: false })
    onTestFinished(() => nginx.stop())
    const first = await fetch(nginx.origin + reviewPath)
    expect(first.status).toBe(200)

    const stopOne = new Promise<void>((resolve) => setTimeout(() => void instances[1]!.stop().then(resolve), 20_000))
    const run = await hammer('review page through nginx', nginx.origin + reviewPath, {
      connections: 100,
      durationSeconds: 60,
    })
    await stopOne
    const answers = nginx.answersByUpstream()
    const [a, b] = ports.map((port) => answers.get(`127.0.0.1:${port}`) ?? 0)
    console.log(
      `through nginx, 60 s at 100 connections, one instance stopped at 20 s: ` +
        `${Math.round(run.requestsPerSecond)} req/s, p99 ${run.p99Ms} ms, slowest ${run.maxMs} ms, ` +
        `${run.errors} errors, ${run.non2xx} non-2xx; answered by A ${a}, by B ${b}`,
    )
    if (run.errors > 0) console.log(nginx.errorLog().split('\n').slice(-15).join('\n'))
    expect(run.errors, `failed requests by kind: ${JSON.stringify(run.errorKinds)}`).toBe(0)
    expect(run.non2xx).toBe(0)
    // Both took traffic before the stop; afterwards only A did, and the site kept answering.
    expect(a).toBeGreaterThan(0)
    expect(b).toBeGreaterThan(0)
    expect(a).toBeGreaterThan(b)
    expect((await fetch(nginx.origin + reviewPath)).status).toBe(200)
  }, 150_000)
})
