/**
 * The reactions HTTP API, called as Next calls its route handlers: real requests and responses,
 * a real SQLite store (a new file per test) and real GROQ on the bundled dataset. Next's cache is
 * replaced by a recorder of the tags it is asked to expire.
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { NextRequest } from 'next/server'
import { afterAll, afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { type AppEnv, readEnv } from '@/lib/env/schema'
import { RATE_LIMITS } from '@/lib/reactions/abuse'

const state = vi.hoisted(() => ({
  env: undefined as AppEnv | undefined,
  expired: [] as string[],
  sqliteFile: '',
  opened: [] as { close(): Promise<void> }[],
}))

vi.mock('next/cache', () => ({
  unstable_cache: <A extends unknown[], R>(read: (...args: A) => Promise<R>) => read,
  revalidateTag: (tag: string, profile: string) => state.expired.push(`${tag} ${profile}`),
}))
vi.mock('@/lib/env/server', async (importOriginal) => ({
  ...(await importOriginal<typeof import('@/lib/env/server')>()),
  get env() {
    return state.env
  },
}))
// The configured store, on a new file per test and without the sample reactions, so counts start at 0.
vi.mock('@/lib/reactions/store', async () => {
  const { openReactionStore } = await import('@/lib/reactions/store/open-store')
  return {
    getReactionStore: async () => {
      const store = await openReactionStore({ sqliteFile: state.sqliteFile })
      state.opened.push(store)
      return store
    },
  }
})

const SECRET = 'api-test-secret-0123456789abcdef'
const SERIES = 'series-love-in-the-big-city'
const ORIGIN = 'http://127.0.0.1:3000'
const folder = mkdtempSync(path.join(tmpdir(), 'reactions-api-'))
let files = 0

type Routes = {
  reviews: typeof import('@/app/api/reactions/reviews/route')
  review: typeof import('@/app/api/reactions/reviews/[id]/route')
  votes: typeof import('@/app/api/reactions/reviews/[id]/votes/route')
  summary: typeof import('@/app/api/reactions/summary/route')
}
let routes: Routes

async function loadRoutes(env: Record<string, string> = {}): Promise<Routes> {
  files += 1
  state.sqliteFile = path.join(folder, `api-${files}.sqlite`)
  state.env = readEnv({ READER_COOKIE_SECRET: SECRET, ...env })
  vi.resetModules()
  return {
    reviews: await import('@/app/api/reactions/reviews/route'),
    review: await import('@/app/api/reactions/reviews/[id]/route'),
    votes: await import('@/app/api/reactions/reviews/[id]/votes/route'),
    summary: await import('@/app/api/reactions/summary/route'),
  }
}

let ipCounter = 0
type RequestOptions = Omit<RequestInit, 'headers'> & { headers?: Record<string, string>; duplex?: 'half' }

function request(url: string, init: RequestOptions = {}) {
  ipCounter += 1
  return new NextRequest(new URL(url, ORIGIN), {
    ...init,
    headers: { host: '127.0.0.1:3000', 'x-forwarded-for': `203.0.113.${ipCounter % 250}`, ...init.headers },
  } as ConstructorParameters<typeof NextRequest>[1])
}

const review = {
  subject: SERIES,
  rating: 9,
  title: 'A city seen through four loves',
  body: 'The series finds a different rhythm for every chapter and never loses its lead.',
  name: 'Joon',
  containsSpoilers: false,
  episodesWatched: 8,
}

function postReview(body: unknown, headers: Record<string, string> = {}) {
  return routes.reviews.POST(
    request('/api/reactions/reviews', {
      method: 'POST',
      body: typeof body === 'string' ? body : JSON.stringify(body),
      headers: { 'content-type': 'application/json', ...headers },
    }),
  )
}

const params = (id: string) => ({ params: Promise.resolve({ id }) })

function cookieOf(response: Response): string {
  const setCookie = response.headers.get('set-cookie') ?? ''
  return setCookie.split(';')[0]
}

async function posted(headers: Record<string, string> = {}) {
  const response = await postReview(review, headers)
  expect(response.status).toBe(201)
  return { id: ((await response.json()) as { id: string }).id, cookie: cookieOf(response) }
}

beforeEach(async () => {
  state.expired.length = 0
  routes = await loadRoutes()
})
afterEach(async () => {
  await Promise.all(state.opened.splice(0).map((store) => store.close()))
})
afterAll(() => rmSync(folder, { recursive: true, force: true }))

describe('POST /api/reactions/reviews', () => {
  it('answers 201 { id, status }, sets a signed HttpOnly reader cookie and expires the subject pages', async () => {
    const response = await postReview(review)
    expect(response.status).toBe(201)
    const body = (await response.json()) as { id: string; status: string }
    expect(body).toEqual({ id: expect.any(String), status: 'published' })
    expect(response.headers.get('location')).toBe(`/reader-reviews/${body.id}`)
    const setCookie = response.headers.get('set-cookie')!
    expect(setCookie).toMatch(/^reader=[0-9a-f-]{36}\.[\w-]{43};/)
    expect(setCookie).toMatch(/HttpOnly/i)
    expect(setCookie).toMatch(/SameSite=lax/i)
    expect(setCookie).toMatch(/Path=\//)
    expect(setCookie).toMatch(/Max-Age=31536000/)
    expect(setCookie).not.toMatch(/Secure/i)
    expect(state.expired).toEqual([`reactions:${SERIES} max`])

    const list = await routes.reviews.GET(request(`/api/reactions/reviews?subject=${SERIES}&sort=newest`))
    expect(await list.json()).toMatchObject({ subject: SERIES, sort: 'newest', total: 1, reviews: [{ id: body.id }] })
  })

  it('keeps the reader a returning cookie names, and marks the cookie Secure over https', async () => {
    const first = await posted({ 'x-forwarded-proto': 'https' })
    const again = await postReview(review, { cookie: first.cookie })
    expect(again.status).toBe(201)
    expect(again.headers.get('set-cookie')).toBeNull()
    const https = await postReview(review, { 'x-forwarded-proto': 'https' })
    expect(https.headers.get('set-cookie')).toMatch(/Secure/i)
  })

  it.each([
    ['rating 0', { ...review, rating: 0 }, 'rating'],
    ['rating 11', { ...review, rating: 11 }, 'rating'],
    ['rating 7.5', { ...review, rating: 7.5 }, 'rating'],
    ['rating "x"', { ...review, rating: 'x' }, 'rating'],
    ['a missing title', { ...review, title: undefined }, 'title'],
    ['an oversized body', { ...review, body: 'b'.repeat(5001) }, 'body'],
  ])('answers 400 { error, field } for %s and stores nothing', async (_case, body, field) => {
    const response = await postReview(body)
    expect(response.status).toBe(400)
    expect(await response.json()).toEqual({ error: expect.stringMatching(/\.$/), field })
    expect(response.headers.get('set-cookie')).toBeNull()
    const summary = await routes.summary.GET(request(`/api/reactions/summary?subject=${SERIES}`))
    expect(await summary.json()).toMatchObject({ count: 0 })
  })

  it('answers 404 for an unknown subject and 400 for a body that is not a JSON object', async () => {
    const unknown = await postReview({ ...review, subject: 'series-nobody-made' })
    expect(unknown.status).toBe(404)
    expect(await unknown.json()).toEqual({ error: expect.any(String), field: 'subject' })
    for (const body of ['{"rating": 9', '[1,2]', 'null']) expect((await postReview(body)).status).toBe(400)
  })

  it('refuses a 5 MB body with 413 from its declared length, without reading it', async () => {
    let pulled = 0
    const chunk = new Uint8Array(16 * 1024).fill(32)
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        pulled += chunk.byteLength
        if (pulled > 5 * 1024 * 1024) controller.close()
        else controller.enqueue(chunk)
      },
    })
    const response = await routes.reviews.POST(
      request('/api/reactions/reviews', {
        method: 'POST',
        body,
        duplex: 'half',
        headers: { 'content-type': 'application/json', 'content-length': String(5 * 1024 * 1024) },
      }),
    )
    expect(response.status).toBe(413)
    expect(await response.json()).toEqual({ error: 'The body is over 64 kB.' })
    // A stream primes itself with a chunk; reading stops there, short of the 64 kB cap.
    expect(pulled).toBeLessThanOrEqual(2 * chunk.byteLength)
  })

  it('refuses a 5 MB body sent without a length once 64 kB have been read', async () => {
    let pulled = 0
    const chunk = new Uint8Array(16 * 1024).fill(32)
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        pulled += chunk.byteLength
        if (pulled > 5 * 1024 * 1024) controller.close()
        else controller.enqueue(chunk)
      },
    })
    const response = await routes.reviews.POST(
      request('/api/reactions/reviews', {
        method: 'POST',
        body,
        duplex: 'half',
        headers: { 'content-type': 'application/json' },
      }),
    )
    expect(response.status).toBe(413)
    expect(pulled).toBeLessThan(128 * 1024)
  })

  it('answers 415 for a body that is not JSON', async () => {
    for (const type of ['text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x']) {
      const response = await postReview(review, { 'content-type': type })
      expect(response.status).toBe(415)
      expect(await response.json()).toEqual({ error: 'Send the body as application/json.' })
    }
    expect((await postReview(review, { 'content-type': 'application/json; charset=utf-8' })).status).toBe(201)
  })

  it('answers 403 to a cross-origin post from a browser', async () => {
    const cases: Record<string, string>[] = [
      { origin: 'https://elsewhere.example' },
      { origin: 'null' },
      { 'sec-fetch-site': 'cross-site' },
      { origin: 'http://127.0.0.1:3000.evil.example' },
    ]
    for (const headers of cases) {
      const response = await postReview(review, headers)
      expect(response.status).toBe(403)
      expect(await response.json()).toEqual({ error: 'Reader reviews and votes can only be posted from this site.' })
    }
    expect((await postReview(review, { origin: ORIGIN, 'sec-fetch-site': 'same-origin' })).status).toBe(201)
  })

  it('answers 429 with Retry-After past 5 reviews an hour from one reader', async () => {
    const { cookie } = await posted()
    for (let n = 0; n < 4; n++) expect((await postReview(review, { cookie })).status).toBe(201)
    const refused = await postReview(review, { cookie })
    expect(refused.status).toBe(429)
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0)
    expect(await refused.json()).toEqual({ error: expect.stringMatching(/^Too many reviews/) })
  })

  it('answers 503 when the production server has no secret, while reads keep working', async () => {
    vi.stubEnv('NODE_ENV', 'production')
    try {
      routes = await loadRoutes({ READER_COOKIE_SECRET: '' })
      const response = await postReview(review)
      expect(response.status).toBe(503)
      expect(await response.json()).toEqual({ error: expect.stringMatching(/unavailable/) })
      const vote = await routes.votes.POST(
        request('/api/reactions/reviews/any/votes', {
          method: 'POST',
          body: '{"helpful":true}',
          headers: { 'content-type': 'application/json' },
        }),
        params('any'),
      )
      expect(vote.status).toBe(503)
      expect((await routes.summary.GET(request(`/api/reactions/summary?subject=${SERIES}`))).status).toBe(200)
    } finally {
      vi.unstubAllEnvs()
    }
  })
})

describe('PATCH and DELETE /api/reactions/reviews/<id>', () => {
  function patch(id: string, body: unknown, headers: Record<string, string>) {
    return routes.review.PATCH(
      request(`/api/reactions/reviews/${id}`, {
        method: 'PATCH',
        body: JSON.stringify(body),
        headers: { 'content-type': 'application/json', ...headers },
      }),
      params(id),
    )
  }

  it('lets the author edit and delete with their cookie; anyone else gets 403', async () => {
    const { id, cookie } = await posted()
    expect((await patch(id, { rating: 7 }, {})).status).toBe(403)
    const forged = cookie.replace(/\.[\w-]+$/, '.AAAA')
    expect((await patch(id, { rating: 7 }, { cookie: forged })).status).toBe(403)
    const edited = await patch(id, { rating: 7, title: 'A city, on reflection' }, { cookie })
    expect(edited.status).toBe(200)
    expect(await edited.json()).toMatchObject({ id, rating: 7, title: 'A city, on reflection' })
    expect((await patch(id, { rating: 0 }, { cookie })).status).toBe(400)

    const remove = (headers: Record<string, string>) =>
      routes.review.DELETE(request(`/api/reactions/reviews/${id}`, { method: 'DELETE', headers }), params(id))
    expect((await remove({})).status).toBe(403)
    expect((await remove({ cookie, origin: 'https://elsewhere.example' })).status).toBe(403)
    const deleted = await remove({ cookie })
    expect(deleted.status).toBe(200)
    expect(await deleted.json()).toEqual({ id, status: 'deleted' })
    expect((await remove({ cookie })).status).toBe(404)
  })
})

describe('POST /api/reactions/reviews/<id>/votes', () => {
  function vote(id: string, body: string, headers: Record<string, string> = {}) {
    return routes.votes.POST(
      request(`/api/reactions/reviews/${id}/votes`, {
        method: 'POST',
        body,
        headers: { 'content-type': 'application/json', ...headers },
      }),
      params(id),
    )
  }

  it('counts a JSON vote once per reader: a second vote replaces the first', async () => {
    const { id } = await posted()
    const first = await vote(id, '{"helpful":true}')
    expect(first.status).toBe(200)
    expect(await first.json()).toEqual({ helpful: 1, notHelpful: 0 })
    const cookie = cookieOf(first)
    expect(cookie).toMatch(/^reader=/)
    const second = await vote(id, '{"helpful":false}', { cookie })
    expect(await second.json()).toEqual({ helpful: 0, notHelpful: 1 })
    expect(second.headers.get('set-cookie')).toBeNull()
  })

  it('takes a plain form post and sends the reader back to the page with 303', async () => {
    const { id } = await posted()
    const form = { 'content-type': 'application/x-www-form-urlencoded' }
    const response = await vote(id, 'helpful=true&returnTo=%2Fseries%2Flove-in-the-big-city%23reader-reviews', form)
    expect(response.status).toBe(303)
    expect(response.headers.get('location')).toBe('/series/love-in-the-big-city#reader-reviews')
    expect(response.headers.get('set-cookie')).toMatch(/^reader=/)
    const offSite = await vote(id, 'helpful=false&returnTo=https%3A%2F%2Fevil.example%2F', {
      ...form,
      cookie: cookieOf(response),
    })
    expect(offSite.headers.get('location')).toBe('/')
    const list = await routes.reviews.GET(request(`/api/reactions/reviews?subject=${SERIES}`))
    expect(await list.json()).toMatchObject({ reviews: [{ id, helpful: 0, notHelpful: 1 }] })
  })

  it('answers a refused plain form post with a page that says why and links back', async () => {
    const form = { 'content-type': 'application/x-www-form-urlencoded' }
    const response = await vote('no-such-review', 'helpful=true&returnTo=%2Fseries', form)
    expect(response.status).toBe(404)
    expect(response.headers.get('content-type')).toMatch(/^text\/html/)
    const html = await response.text()
    expect(html).toContain('Your vote was not counted: There is no published reader review with this id.')
    expect(html).toContain('<a href="/series">')
  })

  it('answers 404 for an unknown review, 400 for a bad vote, 415 for another type, 403 cross-site', async () => {
    const { id } = await posted()
    const unknown = await vote('no-such-review', '{"helpful":true}')
    expect(unknown.status).toBe(404)
    expect(await unknown.json()).toEqual({ error: 'There is no published reader review with this id.' })
    const bad = await vote(id, '{"helpful":"yes"}')
    expect(bad.status).toBe(400)
    expect(await bad.json()).toEqual({ error: 'helpful must be true or false.', field: 'helpful' })
    expect((await vote(id, 'helpful=true', { 'content-type': 'text/plain' })).status).toBe(415)
    expect((await vote(id, '{"helpful":true}', { 'sec-fetch-site': 'cross-site' })).status).toBe(403)
  })

  it('answers 429 with Retry-After past 60 votes a minute', async () => {
    const { limit, windowSeconds } = RATE_LIMITS.vote
    const { id } = await posted()
    const first = await vote(id, '{"helpful":true}')
    const cookie = cookieOf(first)
    for (let n = 1; n < limit; n++) expect((await vote(id, `{"helpful":${n % 2 === 0}}`, { cookie })).status).toBe(200)
    const refused = await vote(id, '{"helpful":true}', { cookie })
    expect(refused.status).toBe(429)
    // Until the window has slid past enough of these votes: the rest of this minute and a little more.
    const wait = Number(refused.headers.get('retry-after'))
    expect(wait).toBeGreaterThan(0)
    expect(wait).toBeLessThanOrEqual(windowSeconds + Math.ceil((windowSeconds * 2) / (limit + 1)))
  })
})

describe('READER_REACTIONS=off', () => {
  it('takes the whole API away: 404 for reads and writes alike, nothing stored', async () => {
    routes = await loadRoutes({ READER_REACTIONS: 'off' })
    const write = await postReview(review)
    expect(write.status).toBe(404)
    expect(await write.json()).toEqual({ error: 'Reader reactions are turned off on this site.' })
    expect((await routes.summary.GET(request(`/api/reactions/summary?subject=${SERIES}`))).status).toBe(404)
    expect((await routes.reviews.GET(request(`/api/reactions/reviews?subject=${SERIES}`))).status).toBe(404)
    expect(state.opened).toEqual([])
  })
})

describe('GET endpoints', () => {
  it('answer the summary and list of a published subject, 404 for an unknown one, 400 for bad params', async () => {
    await posted()
    const summary = await routes.summary.GET(request(`/api/reactions/summary?subject=${SERIES}`))
    expect(await summary.json()).toEqual({
      subject: SERIES,
      count: 1,
      average: null,
      histogram: { 1: 0, 2: 0, 3: 0, 4: 0, 5: 0, 6: 0, 7: 0, 8: 0, 9: 1, 10: 0 },
    })
    expect((await routes.summary.GET(request('/api/reactions/summary?subject=series-nobody'))).status).toBe(404)
    expect((await routes.summary.GET(request('/api/reactions/summary'))).status).toBe(400)
    const badSort = await routes.reviews.GET(request(`/api/reactions/reviews?subject=${SERIES}&sort=best`))
    expect(badSort.status).toBe(400)
    expect(await badSort.json()).toMatchObject({ field: 'sort' })
  })
})
