/**
 * contentFetch: which source answers, what gets cached under which tags, and that drafts never
 * reach the cache. Next's cache and draft mode are replaced by recorders; the Content Lake by a
 * local stub.
 */
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import path from 'node:path'
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'
import { type AppEnv, readEnv } from '@/lib/env/schema'

const state = vi.hoisted(() => ({
  env: undefined as AppEnv | undefined,
  draftMode: false,
  cached: [] as { keyParts: string[]; tags: string[]; revalidate: number | false | undefined }[],
}))

vi.mock('server-only', () => ({}))
vi.mock('next/headers', () => ({ draftMode: async () => ({ isEnabled: state.draftMode }) }))
vi.mock('next/cache', () => ({
  unstable_cache: <A extends unknown[], R>(read: (...args: A) => Promise<R>, keyParts: string[], options: { tags: string[]; revalidate?: number | false }) => {
    state.cached.push({ keyParts, tags: options.tags, revalidate: options.revalidate })
    return read
  },
}))
// `@/lib/env` re-exports this module, so both import paths see the test's environment.
vi.mock('@/lib/env/server', async (importOriginal) => {
  const actual = await importOriginal<typeof import('@/lib/env/server')>()
  return { ...actual, get env() { return state.env } }
})

const FIXTURE = path.resolve('tests/fixtures/content/dataset.ndjson')
const REVIEW_QUERY = '*[_type == "review" && slug.current == $slug][0]{_id, title}'

async function loadFetch(env: Record<string, string>) {
  state.env = readEnv(env)
  vi.resetModules()
  return import('@/lib/content/fetch')
}

beforeEach(() => {
  state.cached.length = 0
  state.draftMode = false
})

describe('on the bundled dataset', () => {
  const env = { BUNDLED_DATASET_FILE: FIXTURE, REVALIDATE_SECONDS: '900' }

  it('caches published reads under the given tags, the site-wide tag and the time-based fallback', async () => {
    const { contentFetch } = await loadFetch(env)
    const review = await contentFetch({ query: REVIEW_QUERY, params: { slug: 'harbour-lights-review' }, tags: ['review', 'review:review-harbour-lights'] })
    expect(review).toEqual({ _id: 'review-harbour-lights', title: 'Harbour Lights keeps its promise' })
    expect(state.cached).toEqual([{ keyParts: ['bundled-dataset', FIXTURE], tags: ['review', 'review:review-harbour-lights', 'content'], revalidate: 900 }])
  })

  it('reads drafts fresh, never through the cache', async () => {
    const { contentFetch } = await loadFetch(env)
    const review = await contentFetch({ query: REVIEW_QUERY, params: { slug: 'harbour-lights-review' }, perspective: 'drafts', tags: ['review'] })
    expect(review).toEqual({ _id: 'review-harbour-lights', title: 'Harbour Lights keeps its promise, mostly' })
    expect(state.cached).toEqual([])
  })

  it('takes the perspective from draft mode', async () => {
    const { getPerspective } = await loadFetch(env)
    expect(await getPerspective()).toBe('published')
    state.draftMode = true
    expect(await getPerspective()).toBe('drafts')
  })

  it('refuses a cache tag Next.js would silently drop', async () => {
    const { contentFetch } = await loadFetch(env)
    await expect(contentFetch({ query: '*[0]', tags: ['x'.repeat(257)] })).rejects.toThrow('must be 1 to 256 characters')
  })
})

describe('on the Content Lake', () => {
  const requests: { perspective: string | null; authorization: string | undefined }[] = []
  const stub = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://stub')
    requests.push({ perspective: url.searchParams.get('perspective'), authorization: request.headers.authorization })
    response.writeHead(200, { 'Content-Type': 'application/json' })
    response.end(JSON.stringify({ result: { from: 'content-lake' }, ms: 1 }))
  })
  let env: Record<string, string>

  beforeAll(async () => {
    await new Promise<void>((resolve) => stub.listen(0, '127.0.0.1', resolve))
    env = {
      NEXT_PUBLIC_SANITY_PROJECT_ID: 'stubproject',
      SANITY_API_HOST: `http://127.0.0.1:${(stub.address() as AddressInfo).port}`,
      SANITY_API_READ_TOKEN: 'sk-viewer-token-for-tests',
      BUNDLED_DATASET_FILE: FIXTURE,
    }
  })
  afterAll(() => new Promise<void>((resolve) => stub.close(() => resolve())))
  beforeEach(() => {
    requests.length = 0
  })

  it('sends published reads without the token, and drafts with it', async () => {
    const { contentFetch } = await loadFetch(env)
    expect(await contentFetch({ query: REVIEW_QUERY, params: { slug: 'a' }, tags: ['review'] })).toEqual({ from: 'content-lake' })
    await contentFetch({ query: REVIEW_QUERY, params: { slug: 'a' }, perspective: 'drafts' })
    expect(requests).toEqual([
      { perspective: 'published', authorization: undefined },
      { perspective: 'drafts', authorization: 'Bearer sk-viewer-token-for-tests' },
    ])
    // The Content Lake reads use Next's fetch cache, not the bundled dataset's.
    expect(state.cached).toEqual([])
  })
})
