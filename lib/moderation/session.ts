import 'server-only'
/**
 * Moderators sign in with MODERATION_SECRET and a name (recorded in each item's history). The
 * session is a cookie holding `{ name, exp }` and an HMAC of it; every moderation write must also
 * carry a CSRF token, an HMAC of that cookie, so a page of another site cannot act for a moderator.
 * Keys are derived from the secret per purpose, so a session can never pass for a token or the reverse.
 */
import { createHmac } from 'node:crypto'
import { z } from 'zod'

import { secretsMatch } from '@/lib/secret-compare'

export const MODERATOR_COOKIE = 'moderator'
export const SESSION_MAX_AGE_SECONDS = 8 * 60 * 60
/** The hidden form field and the request header that carry the CSRF token. */
export const CSRF_FIELD = 'csrf'
export const CSRF_HEADER = 'x-csrf-token'
export const MODERATOR_NAME_MAX = 60

export interface ModeratorSession {
  /** Recorded as `by` on every action the moderator takes. */
  name: string
  /** Expiry, epoch seconds. */
  exp: number
}

const moderatorName = z
  .string()
  .trim()
  .min(1, 'Enter your name; it is recorded with every action you take.')
  .max(MODERATOR_NAME_MAX, `Your name can be at most ${MODERATOR_NAME_MAX} characters.`)
  .regex(/^[^\r\n]*$/, 'Your name must fit on one line.')

const sessionPayload = z.object({ name: moderatorName, exp: z.number().int().positive() }).strict()

/** The name as it will be recorded, or the message to show. */
export function parseModeratorName(value: unknown): { ok: true; name: string } | { ok: false; error: string } {
  const parsed = moderatorName.safeParse(typeof value === 'string' ? value : '')
  return parsed.success ? { ok: true, name: parsed.data } : { ok: false, error: parsed.error.issues[0].message }
}

function hmac(secret: string, purpose: 'session' | 'csrf', message: string): string {
  const key = createHmac('sha256', secret).update(`moderation-${purpose}-key`).digest()
  return createHmac('sha256', key).update(message).digest('base64url')
}

/** Whether the submitted secret is MODERATION_SECRET, compared in constant time whatever its length. */
export function isModerationSecret(submitted: unknown, secret: string): boolean {
  return typeof submitted === 'string' && secretsMatch(submitted, secret)
}

/** The cookie value of a new session for `name`, valid for 8 hours from `now`. */
export function createSession(name: string, secret: string, now = Date.now()): string {
  const exp = Math.floor(now / 1000) + SESSION_MAX_AGE_SECONDS
  const payload = Buffer.from(JSON.stringify({ name, exp })).toString('base64url')
  return `${payload}.${hmac(secret, 'session', payload)}`
}

/** The session in a cookie value; null when missing, malformed, signed with another key or expired. */
export function readSession(
  value: string | null | undefined,
  secret: string,
  now = Date.now(),
): ModeratorSession | null {
  if (!value) return null
  const [payload, signature, ...rest] = value.split('.')
  if (!payload || !signature || rest.length > 0) return null
  if (!secretsMatch(signature, hmac(secret, 'session', payload))) return null
  let decoded: unknown
  try {
    decoded = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'))
  } catch {
    return null
  }
  const session = sessionPayload.safeParse(decoded)
  if (!session.success || session.data.exp * 1000 <= now) return null
  return session.data
}

/** The CSRF token bound to one session cookie: it changes with every sign-in. */
export function csrfToken(sessionCookieValue: string, secret: string): string {
  return hmac(secret, 'csrf', sessionCookieValue)
}

export function isValidCsrfToken(token: unknown, sessionCookieValue: string, secret: string): boolean {
  return typeof token === 'string' && secretsMatch(token, csrfToken(sessionCookieValue, secret))
}

/** The Set-Cookie options of a session: never readable by scripts, never sent from another site. */
export function sessionCookie(value: string, secure: boolean) {
  return {
    name: MODERATOR_COOKIE,
    value,
    httpOnly: true,
    sameSite: 'strict' as const,
    secure,
    path: '/',
    maxAge: SESSION_MAX_AGE_SECONDS,
  }
}
