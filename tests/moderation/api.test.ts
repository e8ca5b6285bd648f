/**
 * The moderation API as Next calls its route handlers: real requests, the real session and CSRF
 * checks, a real SQLite store with the sample reactions (a new file per test) and real GROQ on
 * the bundled dataset. Next's cache is replaced by a recorder of the tags it is asked to expire.
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
  revalidateTag: (tag: string) => state.expired.push(tag),
}))
vi.mock('@/lib/env/server', async (importOriginal) => ({
  ...(await importOriginal<typeof import('@/lib/env/server')>()),
  get env() {
    return state.env
  },
}))
vi.mock('@/lib/reactions/store', async () => {
  const { openReactionStore } = await import('@/lib/reactions/store/open-store')
  return {
    getReactionStore: async () => {
      const store = await openReactionStore({ sqliteFile: state.sqliteFile }, { withSample: true })
      state.opened.push(store)
      return store
    },
  }
})

const SECRET = 'moderation-api-test-secret-0123456789'
const ORIGIN = 'http://127.0.0.1:3000'
const HELD_COMMENT = 'sample-comment-08'
const HELD_REVIEW = 'sample-review-held-01'
const folder = mkdtempSync(path.join(tmpdir(), 'moderation-api-'))
let files = 0

type Routes = {
  queue: typeof import('@/app/api/moderation/queue/route')
  item: typeof import('@/app/api/moderation/items/[id]/route')
  actions: typeof import('@/app/api/moderation/items/[id]/actions/route')
  session: typeof import('@/lib/moderation/session')
}
let routes: Routes

async function loadRoutes(env: Record<string, string> = { MODERATION_SECRET: SECRET }): Promise<Routes> {
  files += 1
  state.sqliteFile = path.join(folder, `moderation-${files}.sqlite`)
  state.env = readEnv({ READER_COOKIE_SECRET: 'reader-cookie-secret-0123456789', ...env })
  vi.resetModules()
  return {
    queue: await import('@/app/api/moderation/queue/route'),
    item: await import('@/app/api/moderation/items/[id]/route'),
    actions: await import('@/app/api/moderation/items/[id]/actions/route'),
    session: await import('@/lib/moderation/session'),
  }
}

function request(url: string, init: { method?: string; body?: string; headers?: Record<string, string> } = {}) {
  return new NextRequest(new URL(url, ORIGIN), { ...init, headers: { host: '127.0.0.1:3000', ...init.headers } })
}

const params = (id: string) => ({ params: Promise.resolve({ id }) })

function signedIn(name = 'Mina', now = Date.now()) {
  const cookie = routes.session.createSession(name, SECRET, now)
  return { cookie: `moderator=${cookie}`, csrf: routes.session.csrfToken(cookie, SECRET) }
}

function getQueue(view: string, cookie?: string) {
  return routes.queue.GET(request(`/api/moderation/queue?view=${view}`, { headers: cookie ? { cookie } : {} }))
}

function getItem(id: string, cookie?: string) {
  return routes.item.GET(request(`/api/moderation/items/${id}`, { headers: cookie ? { cookie } : {} }), params(id))
}

function act(id: string, body: unknown, headers: Record<string, string>) {
  const init = {
    method: 'POST',
    body: JSON.stringify(body),
    headers: { 'content-type': 'application/json', ...headers },
  }
  return routes.actions.POST(request(`/api/moderation/items/${id}/actions`, init), params(id))
}

async function statusOf(id: string): Promise<string> {
  return ((await (await getItem(id, signedIn().cookie)).json()) as { item: { status: string } }).item.status
}

beforeEach(async () => {
  state.expired.length = 0
  routes = await loadRoutes()
})
afterEach(async () => {
  await Promise.all(state.opened.splice(0).map((store) => store.close()))
})
afterAll(() => rmSync(folder, { recursive: true, force: true }))

describe('without a moderator session', () => {
  it('every route answers 401 with no cookie, an expired session or one signed with another secret', async () => {
    const expired = `moderator=${routes.session.createSession('Mina', SECRET, Date.now() - 9 * 3600_000)}`
    const otherSecret = `moderator=${routes.session.createSession('Mina', 'another-secret-0123456789abc')}`
    for (const cookie of [undefined, expired, otherSecret]) {
      for (const response of [
        await getQueue('pending', cookie),
        await getItem(HELD_COMMENT, cookie),
        await act(HELD_COMMENT, { action: 'approve' }, cookie ? { cookie } : {}),
      ]) {
        expect(response.status).toBe(401)
        expect(response.headers.get('cache-control')).toBe('no-store')
        expect((await response.json()).error).toMatch(/sign in at \/moderation/i)
      }
    }
    expect(await statusOf(HELD_COMMENT)).toBe('pending')
  })

  it('every route answers 401 while MODERATION_SECRET is unset, whatever the cookie', async () => {
    const wouldBeValid = signedIn()
    routes = await loadRoutes({})
    for (const response of [
      await getQueue('pending', wouldBeValid.cookie),
      await getItem(HELD_COMMENT, wouldBeValid.cookie),
      await act(
        HELD_COMMENT,
        { action: 'approve' },
        { cookie: wouldBeValid.cookie, 'x-csrf-token': wouldBeValid.csrf },
      ),
    ]) {
      expect(response.status).toBe(401)
      expect((await response.json()).error).toContain('MODERATION_SECRET')
    }
  })
})

describe('signed in', () => {
  it('lists the held sample items as pending with the CSRF token, and no reader ids or IP hashes', async () => {
    const { cookie, csrf } = signedIn()
    const response = await getQueue('pending', cookie)
    expect(response.status).toBe(200)
    expect(response.headers.get('x-csrf-token')).toBe(csrf)
    const text = await response.text()
    expect(text).not.toMatch(/readerId|ipHash|sample-reader-/)
    const { view, items } = JSON.parse(text) as { view: string; items: { id: string; status: string }[] }
    expect(view).toBe('pending')
    expect(items.map((item) => item.id)).toEqual(expect.arrayContaining([HELD_COMMENT, HELD_REVIEW]))
    expect(new Set(items.map((item) => item.status))).toEqual(new Set(['pending']))
    expect((await getQueue('everything', cookie)).status).toBe(400)
  })

  it('shows an item with its history and the page readers see it on; 404 for an unknown one', async () => {
    const { cookie } = signedIn()
    const response = await getItem(HELD_COMMENT, cookie)
    expect(response.status).toBe(200)
    const text = await response.text()
    expect(text).not.toMatch(/readerId|ipHash|sample-reader-/)
    expect(JSON.parse(text)).toMatchObject({
      item: { id: HELD_COMMENT, kind: 'comment', status: 'pending' },
      history: [{ action: 'held', by: 'rules' }],
      subjectPath: expect.stringMatching(/^\/reviews\//),
    })
    expect((await getItem('no-such-item', cookie)).status).toBe(404)
  })

  it('refuses a write without the session’s CSRF token, with another session’s, or from another site', async () => {
    const { cookie, csrf } = signedIn()
    const otherSessionsToken = signedIn('Mina', Date.now() - 1000).csrf
    const refusedHeaders: Record<string, string>[] = [
      { cookie },
      { cookie, 'x-csrf-token': otherSessionsToken },
      { cookie, 'x-csrf-token': csrf, origin: 'https://elsewhere.example' },
      { cookie, 'x-csrf-token': csrf, 'sec-fetch-site': 'cross-site' },
    ]
    for (const headers of refusedHeaders) {
      const response = await act(HELD_COMMENT, { action: 'approve' }, headers)
      expect(response.status).toBe(403)
    }
    expect(await statusOf(HELD_COMMENT)).toBe('pending')
    expect(state.expired).toEqual([])
  })

  it('approves with the token: recorded under the moderator’s name, and the comment’s pages expire', async () => {
    const { cookie, csrf } = signedIn('Mina Park')
    const response = await act(
      HELD_COMMENT,
      { action: 'approve', note: 'the link is the studio’s' },
      {
        cookie,
        'x-csrf-token': csrf,
        origin: ORIGIN,
      },
    )
    expect(response.status).toBe(200)
    expect(response.headers.get('x-csrf-token')).toBe(csrf)
    expect(await response.json()).toMatchObject({ id: HELD_COMMENT, status: 'published' })
    const { history } = await (await getItem(HELD_COMMENT, cookie)).json()
    expect(history.at(-1)).toMatchObject({ action: 'approve', by: 'Mina Park', note: 'the link is the studio’s' })
    expect(state.expired).toEqual(['comments:review-love-in-the-big-city-episode-1'])
  })

  it('answers 400 for an unknown action and 415 for a body that is not JSON', async () => {
    const { cookie, csrf } = signedIn()
    expect((await act(HELD_COMMENT, { action: 'explode' }, { cookie, 'x-csrf-token': csrf })).status).toBe(400)
    const form = request(`/api/moderation/items/${HELD_COMMENT}/actions`, {
      method: 'POST',
      body: 'action=approve',
      headers: { cookie, 'x-csrf-token': csrf, 'content-type': 'application/x-www-form-urlencoded' },
    })
    expect((await routes.actions.POST(form, params(HELD_COMMENT))).status).toBe(415)
    expect(await statusOf(HELD_COMMENT)).toBe('pending')
  })
})
