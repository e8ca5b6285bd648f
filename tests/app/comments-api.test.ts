/**
 * The comments and reports HTTP API, called as Next calls its route handlers: real requests and
 * responses, a real SQLite store (a new file per test) and real GROQ on the bundled dataset. Every
 * refusal is checked to store nothing.
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { NextRequest } from 'next/server'
import { afterAll, afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { type AppEnv, readEnv } from '@/lib/env/schema'

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
// The configured store, on a new file per test and without the sample reactions.
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
const REVIEW = 'review-love-in-the-big-city-review'
const EPISODE_REVIEW = 'review-love-in-the-big-city-episode-3'
const ARTICLE = 'article-trailer-released'
const ORIGIN = 'http://127.0.0.1:3000'
const folder = mkdtempSync(path.join(tmpdir(), 'comments-api-'))
let files = 0

type Routes = {
  comments: typeof import('@/app/api/reactions/comments/route')
  comment: typeof import('@/app/api/reactions/comments/[id]/route')
  reports: typeof import('@/app/api/reactions/reports/route')
  reviews: typeof import('@/app/api/reactions/reviews/route')
}
let routes: Routes

async function loadRoutes(env: Record<string, string> = {}): Promise<Routes> {
  files += 1
  state.sqliteFile = path.join(folder, `api-${files}.sqlite`)
  state.env = readEnv({ READER_COOKIE_SECRET: SECRET, ...env })
  vi.resetModules()
  return {
    comments: await import('@/app/api/reactions/comments/route'),
    comment: await import('@/app/api/reactions/comments/[id]/route'),
    reports: await import('@/app/api/reactions/reports/route'),
    reviews: await import('@/app/api/reactions/reviews/route'),
  }
}

let ipCounter = 0
function request(url: string, init: RequestInit & { headers?: Record<string, string> } = {}) {
  ipCounter += 1
  return new NextRequest(new URL(url, ORIGIN), {
    ...init,
    headers: { host: '127.0.0.1:3000', 'x-forwarded-for': `198.51.100.${ipCounter % 250}`, ...init.headers },
  } as ConstructorParameters<typeof NextRequest>[1])
}

const json = { 'content-type': 'application/json' }
const params = (id: string) => ({ params: Promise.resolve({ id }) })
const cookieOf = (response: Response) => (response.headers.get('set-cookie') ?? '').split(';')[0]

function postComment(body: unknown, headers: Record<string, string> = {}) {
  return routes.comments.POST(
    request('/api/reactions/comments', {
      method: 'POST',
      body: typeof body === 'string' ? body : JSON.stringify(body),
      headers: { ...json, ...headers },
    }),
  )
}

function report(body: unknown, headers: Record<string, string> = {}) {
  return routes.reports.POST(
    request('/api/reactions/reports', { method: 'POST', body: JSON.stringify(body), headers: { ...json, ...headers } }),
  )
}

async function thread(subject = REVIEW) {
  const response = await routes.comments.GET(request(`/api/reactions/comments?subject=${subject}`))
  expect(response.status).toBe(200)
  return (await response.json()) as {
    subject: string
    total: number
    comments: { id: string; body: string; name: string; replies: { id: string; body: string }[] }[]
  }
}

const comment = { subject: REVIEW, body: 'The last chapter earns every minute of the first.', name: 'Joon' }

async function posted(body: Record<string, unknown> = comment, headers: Record<string, string> = {}) {
  const response = await postComment(body, headers)
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

describe('POST and GET /api/reactions/comments', () => {
  it('answers 201 { id, status }, sets the cookie, expires the thread, lists it with replies', async () => {
    const response = await postComment(comment)
    expect(response.status).toBe(201)
    const { id, status } = (await response.json()) as { id: string; status: string }
    expect(status).toBe('published')
    expect(response.headers.get('location')).toBe(`/comments/${id}`)
    expect(response.headers.get('set-cookie')).toMatch(/^reader=[0-9a-f-]{36}\.[\w-]{43};.*HttpOnly/i)
    expect(state.expired).toContain(`comments:${REVIEW} max`)

    const cookie = cookieOf(response)
    const reply = await posted({ ...comment, body: '@Joon it does.', name: 'Mi Rae', parent: id }, { cookie })
    expect(await thread()).toEqual({
      subject: REVIEW,
      total: 2,
      comments: [
        expect.objectContaining({
          id,
          body: comment.body,
          name: 'Joon',
          parent: null,
          replies: [expect.objectContaining({ id: reply.id, parent: id, body: '@Joon it does.' })],
        }),
      ],
    })
  })

  it('takes comments on articles and episode reviews, "later episodes" only where there are some', async () => {
    await posted({ ...comment, subject: ARTICLE })
    expect((await thread(ARTICLE)).total).toBe(1)
    await posted({ ...comment, subject: EPISODE_REVIEW, aboutLaterEpisodes: true })
    expect((await thread(EPISODE_REVIEW)).comments).toEqual([expect.objectContaining({ aboutLaterEpisodes: true })])
    const refused = await postComment({ ...comment, subject: ARTICLE, aboutLaterEpisodes: true })
    expect(refused.status).toBe(400)
    expect((await thread(ARTICLE)).total).toBe(1)
  })

  it('stores markup as the text it is and answers it as text', async () => {
    const body = '<script>alert("x")</script> <img src=x onerror=alert(1)> &amp; <b>bold</b>'
    await posted({ ...comment, body, name: '<i>Name</i>' })
    const [stored] = (await thread()).comments
    expect(stored.body).toBe(body)
    expect(stored.name).toBe('<i>Name</i>')
  })

  it.each([
    ['an empty body', { ...comment, body: '' }, 400, 'body'],
    ['a body of spaces', { ...comment, body: '   \n  ' }, 400, 'body'],
    ['an oversized body', { ...comment, body: 'b'.repeat(5001) }, 400, 'body'],
    ['a missing name', { ...comment, name: undefined }, 400, 'name'],
    ['an unknown subject', { ...comment, subject: 'review-nobody-wrote' }, 404, 'subject'],
    ['a draft-only subject', { ...comment, subject: 'drafts.review-love-in-the-big-city-review' }, 404, 'subject'],
    ['a series (not a review or article)', { ...comment, subject: 'series-love-in-the-big-city' }, 404, 'subject'],
    ['an unknown parent', { ...comment, parent: 'no-such-comment' }, 404, 'parent'],
  ])('refuses %s with %i { error, field } and stores nothing', async (_case, body, status, field) => {
    const response = await postComment(body)
    expect(response.status).toBe(status)
    expect(await response.json()).toEqual({ error: expect.any(String), field })
    expect(response.headers.get('set-cookie')).toBeNull()
    expect((await thread()).total).toBe(0)
  })

  it('refuses a reply to a reply (one level deep) and a parent from another subject', async () => {
    const top = await posted()
    const reply = await posted({ ...comment, parent: top.id })
    const nested = await postComment({ ...comment, parent: reply.id })
    expect(nested.status).toBe(400)
    expect(await nested.json()).toMatchObject({ field: 'parent' })
    const elsewhere = await postComment({ ...comment, subject: ARTICLE, parent: top.id })
    expect([400, 404]).toContain(elsewhere.status)
    expect((await thread()).total).toBe(2)
    expect((await thread(ARTICLE)).total).toBe(0)
  })

  it('refuses cross-site posts with 403, bad JSON with 400, other types with 415, 64 kB+ with 413', async () => {
    const crossSite: Record<string, string>[] = [
      { origin: 'https://elsewhere.example' },
      { 'sec-fetch-site': 'cross-site' },
    ]
    for (const headers of crossSite) {
      const response = await postComment(comment, headers)
      expect(response.status).toBe(403)
      expect(await response.json()).toEqual({ error: expect.any(String) })
    }
    expect((await postComment('{"subject":')).status).toBe(400)
    expect((await postComment(comment, { 'content-type': 'text/plain' })).status).toBe(415)
    const large = await postComment({ ...comment, body: 'x'.repeat(70 * 1024) })
    expect(large.status).toBe(413)
    expect((await thread()).total).toBe(0)
    expect((await postComment(comment, { origin: ORIGIN, 'sec-fetch-site': 'same-origin' })).status).toBe(201)
  })

  it('refuses a filled honeypot and a forged form token', async () => {
    expect((await postComment({ ...comment, website: 'http://spam.example' })).status).toBe(400)
    expect((await postComment({ ...comment, formToken: '123.forged' })).status).toBe(400)
    expect((await thread()).total).toBe(0)
  })

  it('answers 400 without a subject and 404 for an unknown one', async () => {
    expect((await routes.comments.GET(request('/api/reactions/comments'))).status).toBe(400)
    expect((await routes.comments.GET(request('/api/reactions/comments?subject=review-nobody'))).status).toBe(404)
  })
})

describe('PATCH and DELETE /api/reactions/comments/<id>', () => {
  function patch(id: string, body: unknown, headers: Record<string, string>) {
    return routes.comment.PATCH(
      request(`/api/reactions/comments/${id}`, {
        method: 'PATCH',
        body: JSON.stringify(body),
        headers: { ...json, ...headers },
      }),
      params(id),
    )
  }
  const remove = (id: string, headers: Record<string, string>) =>
    routes.comment.DELETE(request(`/api/reactions/comments/${id}`, { method: 'DELETE', headers }), params(id))

  it('lets the author edit and delete with their cookie; anyone else gets 403', async () => {
    const { id, cookie } = await posted()
    expect((await patch(id, { body: 'Changed.' }, {})).status).toBe(403)
    const edited = await patch(id, { body: 'On reflection, the last chapter is the best.' }, { cookie })
    expect(edited.status).toBe(200)
    expect(await edited.json()).toMatchObject({ id, body: 'On reflection, the last chapter is the best.' })
    expect((await patch(id, { body: '' }, { cookie })).status).toBe(400)
    expect((await thread()).comments[0].body).toBe('On reflection, the last chapter is the best.')

    expect((await remove(id, {})).status).toBe(403)
    expect((await remove(id, { cookie, origin: 'https://elsewhere.example' })).status).toBe(403)
    const deleted = await remove(id, { cookie })
    expect(deleted.status).toBe(200)
    expect(await deleted.json()).toEqual({ id, status: 'deleted' })
    expect((await thread()).total).toBe(0)
  })
})

describe('POST /api/reactions/reports', () => {
  it('answers 202 { item, counted, hidden }; one reader counts once; enough readers hide the comment', async () => {
    const { id } = await posted()
    const first = await report({ item: id, reason: 'spoiler' })
    expect(first.status).toBe(202)
    expect(await first.json()).toEqual({ item: id, counted: true, hidden: false })
    const cookie = cookieOf(first)
    expect(cookie).toMatch(/^reader=/)
    const again = await report({ item: id, reason: 'abuse' }, { cookie })
    expect(await again.json()).toEqual({ item: id, counted: false, hidden: false })
    expect((await thread()).total).toBe(1)

    expect(await (await report({ item: id, reason: 'spam' })).json()).toMatchObject({ counted: true, hidden: false })
    expect(await (await report({ item: id, reason: 'off-topic' })).json()).toEqual({
      item: id,
      counted: true,
      hidden: true,
    })
    expect((await thread()).total).toBe(0)
  })

  it('reports a reader review too', async () => {
    const review = await routes.reviews.POST(
      request('/api/reactions/reviews', {
        method: 'POST',
        headers: json,
        body: JSON.stringify({
          subject: 'series-love-in-the-big-city',
          rating: 2,
          title: 'Not for me',
          body: 'Too slow, and the chapters never add up to one story for me.',
          name: 'Critic of critics',
        }),
      }),
    )
    const { id } = (await review.json()) as { id: string }
    const response = await report({ item: id, reason: 'off-topic' })
    expect(response.status).toBe(202)
    expect(await response.json()).toEqual({ item: id, counted: true, hidden: false })
  })

  it('refuses an unknown reason, an unknown item and a cross-site post, counting nothing', async () => {
    const { id } = await posted()
    const badReason = await report({ item: id, reason: 'boring' })
    expect(badReason.status).toBe(400)
    expect(await badReason.json()).toMatchObject({ field: 'reason' })
    expect((await report({ item: 'no-such-item', reason: 'spam' })).status).toBe(404)
    expect((await report({ item: id, reason: 'spam' }, { origin: 'https://elsewhere.example' })).status).toBe(403)
    // Had any of those counted, two more readers would hide it.
    await report({ item: id, reason: 'spam' })
    expect(await (await report({ item: id, reason: 'spam' })).json()).toMatchObject({ hidden: false })
  })

  it('takes a plain form post and answers with a page that says so and links back', async () => {
    const { id } = await posted()
    const returnTo = `/reviews/love-in-the-big-city-review#comment-${id}`
    const form = (body: string) =>
      routes.reports.POST(
        request('/api/reactions/reports', {
          method: 'POST',
          body,
          headers: { 'content-type': 'application/x-www-form-urlencoded' },
        }),
      )
    const sent = await form(new URLSearchParams({ item: id, reason: 'abuse', returnTo }).toString())
    expect(sent.status).toBe(202)
    expect(sent.headers.get('content-type')).toMatch(/^text\/html/)
    expect(sent.headers.get('set-cookie')).toMatch(/^reader=/)
    const html = await sent.text()
    expect(html).toContain('your report was received')
    expect(html).toContain(`<a href="${returnTo}">`)
    const refused = await form(
      new URLSearchParams({ item: id, reason: 'boring', returnTo: 'https://evil.example' }).toString(),
    )
    expect(refused.status).toBe(400)
    const page = await refused.text()
    expect(page).toContain('Your report was not sent')
    expect(page).toContain('<a href="/">')
  })
})

describe('READER_REACTIONS=off', () => {
  it('takes comments and reports away: 404 for every call, nothing opened', async () => {
    routes = await loadRoutes({ READER_REACTIONS: 'off' })
    expect((await postComment(comment)).status).toBe(404)
    expect((await routes.comments.GET(request(`/api/reactions/comments?subject=${REVIEW}`))).status).toBe(404)
    expect((await report({ item: 'x', reason: 'spam' })).status).toBe(404)
    expect(state.opened).toEqual([])
  })
})
