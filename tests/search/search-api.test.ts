/**
 * GET /api/search called as Next calls it, on a copy of the bundled dataset: the answers, the 400s,
 * draft mode, and the index following content only when its tag expires. Next's cache is replaced
 * by a small in-memory one that honours tags the way `unstable_cache` and `revalidateTag` do.
 */
import { copyFileSync, cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { NextRequest } from 'next/server'
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'
import type { ContentPerspective } from '@/lib/content/perspective'
import { queryBundledDataset } from '@/lib/content/sources/bundled'
import { type AppEnv, readEnv } from '@/lib/env/schema'

const state = vi.hoisted(() => ({
  env: undefined as AppEnv | undefined,
  draftMode: false,
  entries: new Map<string, { value: unknown; tags: string[] }>(),
}))

vi.mock('next/headers', () => ({ draftMode: async () => ({ isEnabled: state.draftMode }) }))
vi.mock('next/cache', () => ({
  unstable_cache:
    <R>(fill: () => Promise<R>, keyParts: string[], options: { tags: string[] }) =>
    async () => {
      const key = keyParts.join('/')
      if (!state.entries.has(key)) state.entries.set(key, { value: await fill(), tags: options.tags })
      return state.entries.get(key)!.value as R
    },
  revalidateTag: (tag: string) => {
    for (const [key, entry] of state.entries) if (entry.tags.includes(tag)) state.entries.delete(key)
  },
}))
vi.mock('@/lib/env/server', async (importOriginal) => ({
  ...(await importOriginal<typeof import('@/lib/env/server')>()),
  get env() {
    return state.env
  },
}))

const folder = mkdtempSync(path.join(tmpdir(), 'search-api-'))
const datasetFile = path.join(folder, 'dataset.ndjson')
// The dataset names its images relative to itself.
cpSync('sanity/seed/images', path.join(folder, 'images'), { recursive: true })
afterAll(() => rmSync(folder, { recursive: true, force: true }))

type Route = typeof import('@/app/api/search/route')
let route: Route

beforeEach(async () => {
  copyFileSync('sanity/seed/dataset.ndjson', datasetFile)
  state.env = readEnv({ BUNDLED_DATASET_FILE: datasetFile })
  state.draftMode = false
  state.entries.clear()
  vi.resetModules()
  route = await import('@/app/api/search/route')
})

async function search(query: string) {
  const response = await route.GET(new NextRequest(new URL(`/api/search?${query}`, 'http://127.0.0.1:3000')))
  return { status: response.status, body: await response.json(), cacheControl: response.headers.get('cache-control') }
}

function addAlias(id: string, alias: string) {
  const lines = readFileSync(datasetFile, 'utf8').split('\n')
  const index = lines.findIndex((line) => line.includes(`"_id":"${id}"`))
  const document = JSON.parse(lines[index])
  document.aliases = [...(document.aliases ?? []), alias]
  lines[index] = JSON.stringify(document)
  writeFileSync(datasetFile, lines.join('\n'))
}

describe('GET /api/search', () => {
  it('answers { query, total, results } best first, each with type, title, subtitle, url and score', async () => {
    const { status, body, cacheControl } = await search(`q=${encodeURIComponent('Nam Yun-su')}`)
    expect(status).toBe(200)
    expect(cacheControl).toBe('no-store')
    expect(body).toEqual({
      query: 'Nam Yun-su',
      total: 1,
      results: [
        {
          type: 'person',
          title: 'Nam Yoon-su',
          subtitle: '남윤수 · Actor · Love in the Big City',
          url: '/people/nam-yoon-su',
        },
      ],
    })
    const episodes = await search('q=episode&type=episode&limit=2')
    expect(episodes.body.total).toBe(8)
    expect(episodes.body.results).toHaveLength(2)
    expect(episodes.body.results[0]).toMatchObject({ type: 'episode', score: expect.any(Number) })
  })

  it.each([
    ['', 'q', /Type something/],
    ['q=%20%20', 'q', /Type something/],
    [`q=${'a'.repeat(201)}`, 'q', /at most 200 characters/],
    ['q=nam&type=critic', 'type', /series, episode, person, character, review/],
    ['q=nam&limit=51', 'limit', /1 to 50/],
    ['q=nam&limit=0', 'limit', /1 to 50/],
    ['q=nam&limit=ten', 'limit', /1 to 50/],
  ])('refuses ?%s with a 400 naming %s', async (query, field, message) => {
    const { status, body } = await search(query)
    expect(status).toBe(400)
    expect(body.field).toBe(field)
    expect(body.error).toMatch(message)
  })

  it('searches drafts only in draft mode', async () => {
    expect((await search('q=second+opinion')).body.total).toBe(0)
    state.draftMode = true
    const { body } = await search('q=second+opinion')
    expect(body.results[0]).toMatchObject({
      type: 'review',
      url: '/reviews/love-in-the-big-city-episode-4-second-opinion',
    })
  })

  it('keeps its index until the search-index tag expires, then answers from the changed content', async () => {
    expect((await search('q=Yoonie')).body.total).toBe(0)
    addAlias('person-nam-yoon-su', 'Yoonie')
    // The file changed, but nothing said so: the kept index answers.
    expect((await search('q=Yoonie')).body.total).toBe(0)
    const { revalidateTag } = await import('next/cache')
    revalidateTag('search-index', { expire: 0 })
    expect((await search('q=Yoonie')).body.results[0]).toMatchObject({ title: 'Nam Yoon-su' })
  })
})

describe('on the Content Lake', () => {
  // The query API on loopback, answering with real GROQ over the bundled dataset.
  const perspectives: (string | null)[] = []
  const lake = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://lake')
    const perspective = url.searchParams.get('perspective')
    perspectives.push(perspective)
    const params = Object.fromEntries(
      [...url.searchParams]
        .filter(([name]) => name.startsWith('$'))
        .map(([name, value]) => [name.slice(1), JSON.parse(value)]),
    )
    queryBundledDataset({
      query: url.searchParams.get('query') ?? '',
      params,
      perspective: (perspective ?? 'published') as ContentPerspective,
      file: 'sanity/seed/dataset.ndjson',
    }).then(
      (result) => {
        response.writeHead(200, { 'Content-Type': 'application/json' })
        response.end(JSON.stringify({ result, ms: 1 }))
      },
      (error: Error) => {
        response.writeHead(400, { 'Content-Type': 'application/json' })
        response.end(JSON.stringify({ error: { description: error.message } }))
      },
    )
  })

  beforeAll(async () => {
    await new Promise<void>((resolve) => lake.listen(0, '127.0.0.1', resolve))
  })
  afterAll(() => new Promise<void>((resolve) => lake.close(() => resolve())))

  it('reads the same projection and answers the same, drafts only in draft mode', async () => {
    state.env = readEnv({
      NEXT_PUBLIC_SANITY_PROJECT_ID: 'stubproject',
      SANITY_API_HOST: `http://127.0.0.1:${(lake.address() as AddressInfo).port}`,
      SANITY_API_READ_TOKEN: 'sk-viewer-token-for-tests',
    })
    vi.resetModules()
    route = await import('@/app/api/search/route')
    const { body } = await search(`q=${encodeURIComponent('남윤수')}`)
    expect(body.results[0]).toMatchObject({ type: 'person', title: 'Nam Yoon-su', url: '/people/nam-yoon-su' })
    expect((await search('q=second+opinion')).body.total).toBe(0)
    state.draftMode = true
    expect((await search('q=second+opinion')).body.total).toBe(1)
    // One read for the kept published index (the second search used it), one per draft-mode search.
    expect(perspectives).toEqual(['published', 'drafts'])
  })
})
