import * as crypto from 'node:crypto'
import { beforeEach, describe, expect, it, vi } from 'vitest'

// The real comparison, watched: every secret and signature check must go through it.
vi.mock('node:crypto', async (importOriginal) => {
  const actual = await importOriginal<typeof import('node:crypto')>()
  return { ...actual, timingSafeEqual: vi.fn(actual.timingSafeEqual) }
})

const {
  createSession,
  csrfToken,
  isModerationSecret,
  isValidCsrfToken,
  parseModeratorName,
  readSession,
  SESSION_MAX_AGE_SECONDS,
  sessionCookie,
} = await import('@/lib/moderation/session')

const SECRET = 'moderation-test-secret-0123456789'
const NOW = Date.parse('2026-12-01T17:00:00Z')
const EIGHT_HOURS_MS = 8 * 60 * 60 * 1000

const payloadOf = (cookie: string) => JSON.parse(Buffer.from(cookie.split('.')[0], 'base64url').toString('utf8'))
const withPayload = (cookie: string, payload: object) =>
  `${Buffer.from(JSON.stringify(payload)).toString('base64url')}.${cookie.split('.')[1]}`

describe('moderator session cookie', () => {
  it('names the moderator and lasts 8 hours', () => {
    const cookie = createSession('Mina', SECRET, NOW)
    expect(readSession(cookie, SECRET, NOW)).toEqual({ name: 'Mina', exp: NOW / 1000 + 8 * 60 * 60 })
    expect(readSession(cookie, SECRET, NOW + EIGHT_HOURS_MS - 1000)?.name).toBe('Mina')
  })

  it('is refused once expired', () => {
    const cookie = createSession('Mina', SECRET, NOW)
    expect(readSession(cookie, SECRET, NOW + EIGHT_HOURS_MS)).toBeNull()
    expect(readSession(cookie, SECRET, NOW + 30 * EIGHT_HOURS_MS)).toBeNull()
  })

  it('is refused when its payload is changed: another name or a later expiry', () => {
    const cookie = createSession('Mina', SECRET, NOW)
    const payload = payloadOf(cookie)
    expect(readSession(withPayload(cookie, { ...payload, name: 'Admin' }), SECRET, NOW)).toBeNull()
    expect(readSession(withPayload(cookie, { ...payload, exp: payload.exp + 3600 }), SECRET, NOW)).toBeNull()
    // The untouched payload re-encoded the same way still passes: the refusals above are the edits.
    expect(readSession(withPayload(cookie, payload), SECRET, NOW)?.name).toBe('Mina')
  })

  it('is refused when its signature is changed, missing, or made with another secret', () => {
    const cookie = createSession('Mina', SECRET, NOW)
    const [payload, signature] = cookie.split('.')
    const flipped = `${signature[0] === 'A' ? 'B' : 'A'}${signature.slice(1)}`
    expect(readSession(`${payload}.${flipped}`, SECRET, NOW)).toBeNull()
    expect(readSession(payload, SECRET, NOW)).toBeNull()
    expect(readSession(`${payload}.`, SECRET, NOW)).toBeNull()
    expect(readSession(`${cookie}.extra`, SECRET, NOW)).toBeNull()
    expect(readSession(createSession('Mina', 'another-secret-0123456789abcdef', NOW), SECRET, NOW)).toBeNull()
  })

  it('is refused when missing or garbage', () => {
    for (const value of [undefined, null, '', '.', 'moderator', 'a.b', '%%%.%%%']) {
      expect(readSession(value, SECRET, NOW)).toBeNull()
    }
  })

  it('is HttpOnly, SameSite=Strict, site-wide, 8 hours, and Secure when asked', () => {
    expect(sessionCookie('value', true)).toEqual({
      name: 'moderator',
      value: 'value',
      httpOnly: true,
      sameSite: 'strict',
      secure: true,
      path: '/',
      maxAge: SESSION_MAX_AGE_SECONDS,
    })
    expect(SESSION_MAX_AGE_SECONDS).toBe(8 * 60 * 60)
    expect(sessionCookie('value', false).secure).toBe(false)
  })
})

describe('moderation secret check', () => {
  const timingSafeEqual = vi.mocked(crypto.timingSafeEqual)
  beforeEach(() => {
    timingSafeEqual.mockClear()
  })

  it('accepts the secret and nothing else', () => {
    expect(isModerationSecret(SECRET, SECRET)).toBe(true)
    for (const guess of [`${SECRET} `, SECRET.slice(0, -1), SECRET.toUpperCase(), '', undefined, null, 42]) {
      expect(isModerationSecret(guess, SECRET)).toBe(false)
    }
  })

  it('compares fixed-length digests in constant time, whatever the guess’s length', () => {
    for (const guess of ['m', SECRET.slice(0, -1), SECRET, 'x'.repeat(10_000)]) {
      timingSafeEqual.mockClear()
      isModerationSecret(guess, SECRET)
      expect(timingSafeEqual).toHaveBeenCalledTimes(1)
      const [a, b] = timingSafeEqual.mock.calls[0] as [Buffer, Buffer]
      expect([a.length, b.length]).toEqual([32, 32])
    }
  })

  it('checks session signatures in constant time too', () => {
    readSession(createSession('Mina', SECRET, NOW), SECRET, NOW)
    expect(timingSafeEqual).toHaveBeenCalledTimes(1)
  })
})

describe('CSRF token', () => {
  const session = createSession('Mina', SECRET, NOW)

  it('is accepted with the session it was made for', () => {
    expect(isValidCsrfToken(csrfToken(session, SECRET), session, SECRET)).toBe(true)
  })

  it('is bound to one session: another sign-in, even by the same name, needs its own', () => {
    const other = createSession('Mina', SECRET, NOW + 1000)
    expect(csrfToken(other, SECRET)).not.toBe(csrfToken(session, SECRET))
    expect(isValidCsrfToken(csrfToken(other, SECRET), session, SECRET)).toBe(false)
  })

  it('is refused when missing, changed, made with another secret, or the session cookie itself', () => {
    const token = csrfToken(session, SECRET)
    for (const bad of [undefined, null, '', 42, `${token}x`, token.slice(1), session, session.split('.')[1]]) {
      expect(isValidCsrfToken(bad, session, SECRET)).toBe(false)
    }
    expect(isValidCsrfToken(csrfToken(session, 'another-secret-0123456789abcdef'), session, SECRET)).toBe(false)
  })
})

describe('moderator name', () => {
  it('is trimmed and kept as typed', () => {
    expect(parseModeratorName('  Mina Park ')).toEqual({ ok: true, name: 'Mina Park' })
  })

  it('must be one line of 1 to 60 characters', () => {
    for (const bad of ['', '   ', 'Mina\nPark', 'x'.repeat(61), undefined, 7]) {
      expect(parseModeratorName(bad).ok).toBe(false)
    }
    expect(parseModeratorName('x'.repeat(60)).ok).toBe(true)
  })
})
