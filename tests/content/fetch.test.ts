/**
 * contentFetch: which source answers, which tags a published read gives the page rendering it,
 * and that drafts never reach the cache. Next's cache and draft mode are replaced by recorders;
 * the Content Lake by a local stub.
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

vi.mock('next/headers', () => ({ draftMode: async () => ({ isEnabled: state.draftMode }) }))
vi.mock('next/cache', () => ({
  unstable_cache: <A extends unknown[], R>(
    read: (...args: A) => Promise<R>,
    keyParts: string[],
    options: { tags: string[]; revalidate?: number | false },
  ) => {
    state.cached.push({ keyParts, tags: options.tags, revalidate: options.revalidate })
    return read
  },
}))
// `@/lib/env` re-exports this module, so both import paths see the test's environment.
vi.mock('@/lib/env/server', async (importOriginal) => {
  const actual = await importOriginal<typeof import('@/lib/env/server')>()
  return {
    ...actual,
    get env() {
      return state.env
    },
  }
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

  it('tags the page with the documents the result contains and the types the query selects', async () => {
    const { contentFetch } = await loadFetch(env)
    const review = await contentFetch({ query: REVIEW_QUERY, params: { slug: 'harbour-lights-review' } })
    expect(review).toEqual({ _id: 'review-harbour-lights', title: 'Harbour Lights keeps its promise' })
    const tags = ['content', 'review', 'doc:review-harbour-lights']
    expect(state.cached).toEqual([{ keyParts: ['content-tags', ...tags], tags, revalidate: 900 }])
  })

  it('tags a page whose document does not exist with the type, so publishing one refreshes it', async () => {
    const { contentFetch } = await loadFetch(env)
    expect(await contentFetch({ query: REVIEW_QUERY, params: { slug: 'no-such-review' } })).toBeNull()
    expect(state.cached.map((entry) => entry.tags)).toEqual([['content', 'review']])
  })

  it('reads drafts fresh, never through the cache', async () => {
    const { contentFetch } = await loadFetch(env)
    const review = await contentFetch({
      query: REVIEW_QUERY,
      params: { slug: 'harbour-lights-review' },
      perspective: 'drafts',
    })
    expect(review).toEqual({ _id: 'review-harbour-lights', title: 'Harbour Lights keeps its promise, mostly' })
    expect(state.cached).toEqual([])
  })

  it('takes the perspective from draft mode', async () => {
    const { getPerspective } = await loadFetch(env)
    expect(await getPerspective()).toBe('published')
    state.draftMode = true
    expect(await getPerspective()).toBe('drafts')
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
    expect(await contentFetch({ query: REVIEW_QUERY, params: { slug: 'a' } })).toEqual({ from: 'content-lake' })
    await contentFetch({ query: REVIEW_QUERY, params: { slug: 'a' }, perspective: 'drafts' })
    expect(requests).toEqual([
      { perspective: 'published', authorization: undefined },
      { perspective: 'drafts', authorization: 'Bearer sk-viewer-token-for-tests' },
    ])
    // Tags come from the result the same way on both sources; drafts tag nothing.
    expect(state.cached.map((entry) => entry.tags)).toEqual([['content', 'review']])
  })
})
