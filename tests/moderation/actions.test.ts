/**
 * The moderation pages' server actions, called directly as a forged post could call them: each
 * must check the session and the CSRF token itself. Real session code, a real SQLite store with the
 * sample reactions (a new file per test); next/headers is a cookie jar and headers per test.
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { type AppEnv, readEnv } from '@/lib/env/schema'

interface SetCookie {
  name: string
  value: string
  httpOnly?: boolean
  sameSite?: string
  maxAge?: number
}

const state = vi.hoisted(() => ({
  env: undefined as AppEnv | undefined,
  sqliteFile: '',
  opened: [] as { close(): Promise<void> }[],
  cookies: new Map<string, SetCookie>(),
  headers: new Headers(),
  expired: [] as string[],
}))

class Redirected extends Error {
  constructor(readonly location: string) {
    super(`redirect to ${location}`)
  }
}

vi.mock('next/cache', () => ({
  unstable_cache: <A extends unknown[], R>(read: (...args: A) => Promise<R>) => read,
  revalidateTag: (tag: string, profile: string) => state.expired.push(`${tag} ${profile}`),
  updateTag: (tag: string) => state.expired.push(`${tag} now`),
}))
vi.mock('next/navigation', () => ({
  redirect: (location: string) => {
    throw new Redirected(location)
  },
}))
vi.mock('next/headers', () => ({
  headers: async () => state.headers,
  cookies: async () => ({
    get: (name: string) => state.cookies.get(name),
    set: (cookie: SetCookie) => state.cookies.set(cookie.name, cookie),
    delete: (name: string) => state.cookies.delete(name),
  }),
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

const SECRET = 'moderation-actions-test-secret-0123'
const HELD_COMMENT = 'sample-comment-08'
const folder = mkdtempSync(path.join(tmpdir(), 'moderation-actions-'))
let files = 0

type Modules = {
  actions: typeof import('@/lib/moderation/actions')
  session: typeof import('@/lib/moderation/session')
  service: typeof import('@/lib/reactions/moderation-service')
}
let modules: Modules

async function load(env: Record<string, string> = { MODERATION_SECRET: SECRET }): Promise<Modules> {
  files += 1
  state.sqliteFile = path.join(folder, `actions-${files}.sqlite`)
  state.env = readEnv({ READER_COOKIE_SECRET: 'reader-cookie-secret-0123456789', ...env })
  vi.resetModules()
  return {
    actions: await import('@/lib/moderation/actions'),
    session: await import('@/lib/moderation/session'),
    service: await import('@/lib/reactions/moderation-service'),
  }
}

function form(fields: Record<string, string>): FormData {
  const data = new FormData()
  for (const [name, value] of Object.entries(fields)) data.set(name, value)
  return data
}

/** Signs a moderator in as the browser would hold it; returns the session's CSRF token. */
function signedIn(name = 'Mina'): string {
  const cookie = modules.session.createSession(name, SECRET)
  state.cookies.set('moderator', { name: 'moderator', value: cookie })
  return modules.session.csrfToken(cookie, SECRET)
}

async function redirectOf(action: Promise<unknown>): Promise<string> {
  const thrown = await action.then(
    () => null,
    (error: unknown) => error,
  )
  expect(thrown).toBeInstanceOf(Redirected)
  return (thrown as Redirected).location
}

async function statusOf(id: string): Promise<string | undefined> {
  return (await (await modules.service.getModerationService()).item(id))?.item.status
}

const none = { error: null }

beforeEach(async () => {
  state.cookies.clear()
  state.headers = new Headers({ host: '127.0.0.1:3000', 'x-forwarded-for': '198.51.100.7' })
  modules = await load()
})
afterEach(async () => {
  await Promise.all(state.opened.splice(0).map((store) => store.close()))
})
afterAll(() => rmSync(folder, { recursive: true, force: true }))

describe('acting on an item', () => {
  it('is refused without a session, and nothing changes', async () => {
    const answer = await modules.actions.moderateItem(none, form({ id: HELD_COMMENT, action: 'approve', csrf: 'x' }))
    expect(answer.error).toMatch(/sign in at \/moderation/i)
    expect(await statusOf(HELD_COMMENT)).toBe('pending')
  })

  it('is refused without the session’s CSRF token, with another session’s, or from another site', async () => {
    const othersToken = modules.session.csrfToken(modules.session.createSession('Mina', SECRET, 0), SECRET)
    const token = signedIn()
    for (const csrf of [undefined, '', othersToken, `${token}x`]) {
      const fields = { id: HELD_COMMENT, action: 'approve', ...(csrf === undefined ? {} : { csrf }) }
      expect((await modules.actions.moderateItem(none, form(fields))).error).toMatch(/did not come from/)
    }
    state.headers.set('origin', 'https://elsewhere.example')
    const crossSite = await modules.actions.moderateItem(
      none,
      form({ id: HELD_COMMENT, action: 'approve', csrf: token }),
    )
    expect(crossSite.error).toMatch(/did not come from/)
    expect(await statusOf(HELD_COMMENT)).toBe('pending')
  })

  it('goes ahead with the token: recorded under the moderator’s name, then back to the item', async () => {
    const csrf = signedIn('Mina Park')
    const location = await redirectOf(
      modules.actions.moderateItem(none, form({ id: HELD_COMMENT, action: 'approve', note: 'fine', csrf })),
    )
    expect(location).toBe(`/moderation/items/${HELD_COMMENT}`)
    const view = await (await modules.service.getModerationService()).item(HELD_COMMENT)
    expect(view?.item.status).toBe('published')
    expect(view?.history.at(-1)).toMatchObject({ action: 'approve', by: 'Mina Park', note: 'fine' })
    // At once, not stale-while-revalidate: the moderator's next look at the page shows the decision.
    expect(state.expired).toContain('comments:review-love-in-the-big-city-episode-1 now')
  })

  it('shows the service’s refusal, such as approving what is already published', async () => {
    const csrf = signedIn()
    const answer = await modules.actions.moderateItem(none, form({ id: 'sample-comment-01', action: 'approve', csrf }))
    expect(answer.error).toMatch(/cannot be given "approve"/)
  })
})

describe('the other forms', () => {
  it('will not end a block, save held terms or sign out without the token', async () => {
    signedIn()
    const terms = await (await modules.service.getModerationService()).heldTerms()
    const forged = { csrf: 'forged' }
    expect((await modules.actions.endReaderBlock(none, form({ id: 'any', ...forged }))).error).toMatch(/did not/)
    expect((await modules.actions.saveHeldTerms(none, form({ terms: '', ...forged }))).error).toMatch(/did not/)
    expect((await modules.actions.signOut(none, form(forged))).error).toMatch(/did not/)
    expect(await (await modules.service.getModerationService()).heldTerms()).toEqual(terms)
    expect(state.cookies.has('moderator')).toBe(true)
  })

  it('sign out forgets the session', async () => {
    const csrf = signedIn()
    expect(await redirectOf(modules.actions.signOut(none, form({ csrf })))).toBe('/moderation')
    expect(state.cookies.has('moderator')).toBe(false)
  })
})

describe('signing in', () => {
  const signIn = (fields: Record<string, string>) => modules.actions.signIn(none, form(fields))

  it('with the secret sets an 8-hour HttpOnly, SameSite=Strict session naming the moderator', async () => {
    expect(await redirectOf(signIn({ name: ' Mina ', secret: SECRET }))).toBe('/moderation')
    const cookie = state.cookies.get('moderator')!
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'strict', maxAge: 8 * 3600, secure: false })
    expect(modules.session.readSession(cookie.value, SECRET)?.name).toBe('Mina')
  })

  it('goes back to the moderation page asked for, and nowhere else', async () => {
    const returnTo = async (value: string) => redirectOf(signIn({ name: 'Mina', secret: SECRET, returnTo: value }))
    expect(await returnTo('/moderation/items/sample-comment-08')).toBe('/moderation/items/sample-comment-08')
    expect(await returnTo('/moderation?view=reported')).toBe('/moderation?view=reported')
    for (const elsewhere of ['https://elsewhere.example/moderation', '//elsewhere.example', '/moderation/../studio']) {
      expect(await returnTo(elsewhere)).toBe('/moderation')
    }
  })

  it('refuses a wrong secret or a missing name, without a session', async () => {
    expect((await signIn({ name: 'Mina', secret: `${SECRET}x` })).error).toMatch(/not the moderation secret/)
    expect((await signIn({ name: '', secret: SECRET })).error).toMatch(/Enter your name/)
    expect(state.cookies.has('moderator')).toBe(false)
  })

  it('stops after 10 attempts from one address, even with the right secret; other addresses may go on', async () => {
    for (let attempt = 0; attempt < 10; attempt++) {
      expect((await signIn({ name: 'Mina', secret: 'wrong-secret-0123456789' })).error).toMatch(/not the/)
    }
    expect((await signIn({ name: 'Mina', secret: SECRET })).error).toMatch(/Too many sign-in attempts/)
    expect(state.cookies.has('moderator')).toBe(false)
    state.headers.set('x-forwarded-for', '198.51.100.8')
    expect(await redirectOf(signIn({ name: 'Mina', secret: SECRET }))).toBe('/moderation')
  })

  it('is closed while MODERATION_SECRET is unset', async () => {
    modules = await load({})
    expect((await signIn({ name: 'Mina', secret: SECRET })).error).toContain('MODERATION_SECRET')
    expect(state.cookies.has('moderator')).toBe(false)
  })
})
