/**
 * The Content Lake source against a local stub of the query API: what it sends is the contract.
 * No network: the client is pointed at 127.0.0.1 through SANITY_API_HOST.
 */
import { type IncomingHttpHeaders, createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { readEnv } from '@/lib/env/schema'
import { createContentLakeClient } from '@/lib/content/client'

const { queryContentLake } = await import('@/lib/content/sources/content-lake')

interface Seen {
  method: string
  path: string
  search: URLSearchParams
  headers: IncomingHttpHeaders
}

const seen: Seen[] = []
const server = createServer((request, response) => {
  const url = new URL(request.url ?? '/', 'http://stub')
  seen.push({ method: request.method ?? '', path: url.pathname, search: url.searchParams, headers: request.headers })
  response.writeHead(200, { 'Content-Type': 'application/json' })
  response.end(JSON.stringify({ query: url.searchParams.get('query'), result: { answeredBy: 'stub' }, ms: 1 }))
})

const READ_TOKEN = 'sk-viewer-token-for-tests'
let client: NonNullable<ReturnType<typeof createContentLakeClient>>
const settings = { readToken: READ_TOKEN, revalidateSeconds: 600 }

beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  const env = readEnv({
    NEXT_PUBLIC_SANITY_PROJECT_ID: 'stubproject',
    NEXT_PUBLIC_SANITY_DATASET: 'production',
    NEXT_PUBLIC_SANITY_API_VERSION: '2025-09-01',
    SANITY_API_HOST: `http://127.0.0.1:${port}`,
    SANITY_API_READ_TOKEN: READ_TOKEN,
  })
  client = createContentLakeClient(env)!
})
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())))
beforeEach(() => {
  seen.length = 0
})

const QUERY = '*[_type == "review" && slug.current == $slug][0]{title}'

describe('published reads', () => {
  it('ask the query endpoint of the configured API version and dataset, published perspective, no token', async () => {
    const result = await queryContentLake(
      client,
      { query: QUERY, params: { slug: 'harbour-lights-review' }, perspective: 'published' },
      settings,
    )
    expect(result).toEqual({ answeredBy: 'stub' })
    expect(seen).toHaveLength(1)
    const [request] = seen
    expect(request.method).toBe('GET')
    expect(request.path).toBe('/v2025-09-01/data/query/production')
    expect(request.search.get('perspective')).toBe('published')
    expect(request.headers.authorization).toBeUndefined()
    expect(request.headers['x-sanity-project-id']).toBe('stubproject')
  })

  it('send params as JSON-encoded $name values beside the unchanged query text', async () => {
    const hostile = '"] || true || ["'
    await queryContentLake(
      client,
      { query: QUERY, params: { slug: hostile, number: 3, ids: ['a', 'b'] }, perspective: 'published' },
      settings,
    )
    const { search } = seen[0]
    expect(search.get('query')).toBe(QUERY)
    expect(search.get('query')).not.toContain(hostile)
    expect(search.get('$slug')).toBe(JSON.stringify(hostile))
    expect(search.get('$number')).toBe('3')
    expect(search.get('$ids')).toBe('["a","b"]')
  })
})

describe('draft reads', () => {
  it('use the drafts perspective and carry the read token', async () => {
    await queryContentLake(client, { query: QUERY, params: { slug: 'x' }, perspective: 'drafts' }, settings)
    const [request] = seen
    expect(request.search.get('perspective')).toBe('drafts')
    expect(request.headers.authorization).toBe(`Bearer ${READ_TOKEN}`)
    expect(request.search.get('query')).toBe(QUERY)
  })

  it('are refused before any request when no read token is configured', async () => {
    await expect(
      queryContentLake(
        client,
        { query: QUERY, params: { slug: 'x' }, perspective: 'drafts' },
        { ...settings, readToken: undefined },
      ),
    ).rejects.toThrow('SANITY_API_READ_TOKEN')
    expect(seen).toHaveLength(0)
  })
})

describe('the shared client', () => {
  it('holds no token, so nothing built on it can leak one', () => {
    expect(client.config().token).toBeUndefined()
    expect(client.config().useCdn).toBe(false)
    expect(client.config().stega).toMatchObject({ enabled: false })
  })
})
