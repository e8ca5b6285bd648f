/**
 * Who a reader is, without accounts: a random id in a signed HttpOnly cookie, the IP address only
 * as a salted hash, and a signed timestamp in each review form. Everything is an HMAC-SHA256 with
 * READER_COOKIE_SECRET, so a reader can neither forge an id nor backdate a form.
 */
import { createHmac, randomBytes, randomUUID } from 'node:crypto'
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'

import { secretsMatch } from '@/lib/secret-compare'

export const READER_COOKIE = 'reader'
const READER_COOKIE_MAX_AGE_SECONDS = 365 * 24 * 60 * 60
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/

/** A form posted sooner than this after it was served was filled in by a script. */
export const FORM_TOKEN_MIN_AGE_MS = 3_000
export const FORM_TOKEN_MAX_AGE_MS = 24 * 60 * 60 * 1000

/** Where development keeps a generated secret, so reader cookies survive a restart. */
export const DEV_SECRET_FILE = '.data/reader-cookie-secret'

function sign(secret: string, payload: string): string {
  return createHmac('sha256', secret).update(payload).digest('base64url')
}

/**
 * The secret for reader cookies, form tokens and IP hashes. Production uses READER_COOKIE_SECRET
 * or none (posting is then unavailable); development generates one on first use and keeps it.
 */
export function resolveReaderSecret(options: {
  configured: string | undefined
  production: boolean
  devSecretFile?: string
}): string | null {
  if (options.configured) return options.configured
  if (options.production) return null
  const file = options.devSecretFile ?? DEV_SECRET_FILE
  try {
    const kept = readFileSync(/*turbopackIgnore: true*/ file, 'utf8').trim()
    if (kept.length >= 16) return kept
  } catch {
    // Not generated yet.
  }
  const generated = randomBytes(32).toString('base64url')
  mkdirSync(path.dirname(file), { recursive: true })
  writeFileSync(file, `${generated}\n`, { mode: 0o600 })
  return generated
}

export function signReaderId(readerId: string, secret: string): string {
  return `${readerId}.${sign(secret, readerId)}`
}

/** The reader id in a cookie value, or null when the value is missing, malformed or not signed by us. */
export function verifyReaderCookie(value: string | null | undefined, secret: string): string | null {
  if (!value) return null
  const dot = value.lastIndexOf('.')
  const readerId = value.slice(0, dot)
  if (dot < 0 || !UUID.test(readerId)) return null
  return secretsMatch(value.slice(dot + 1), sign(secret, readerId)) ? readerId : null
}

/** The reader a request speaks for; a missing or forged cookie makes a new reader (`isNew`: set the cookie). */
export function identifyReader(cookieValue: string | null | undefined, secret: string) {
  const known = verifyReaderCookie(cookieValue, secret)
  return known ? { readerId: known, isNew: false } : { readerId: randomUUID(), isNew: true }
}

export function readerCookie(readerId: string, secret: string, secure: boolean) {
  return {
    name: READER_COOKIE,
    value: signReaderId(readerId, secret),
    httpOnly: true,
    sameSite: 'lax' as const,
    path: '/',
    maxAge: READER_COOKIE_MAX_AGE_SECONDS,
    secure,
  }
}

/** True when the browser reached the site over https (Next sets x-forwarded-proto, or the proxy does). */
export function isHttps(headers: Headers): boolean {
  return headers.get('x-forwarded-proto')?.split(',')[0].trim() === 'https'
}

/**
 * The client address. Next sets x-forwarded-for to the socket address when no proxy did; a proxy
 * (nginx: $proxy_add_x_forwarded_for) appends the address it saw, so the last entry is the one
 * the nearest hop vouches for, while earlier entries are whatever the client claimed.
 */
export function clientIp(headers: Headers): string | null {
  const hops = headers.get('x-forwarded-for')?.split(',') ?? []
  const last = hops.at(-1)?.trim()
  return last || null
}

/** The only form in which an address is stored: a keyed hash, useless without the secret. */
export function hashIp(ip: string | null, secret: string): string | null {
  return ip ? createHmac('sha256', secret).update(ip).digest('hex') : null
}

// Form tokens sign a different message than reader ids, so one can never pass for the other.
const formTokenPayload = (issuedAt: string) => `form-token:${issuedAt}`

export function issueFormToken(secret: string, now = Date.now()): string {
  const issuedAt = String(Math.floor(now))
  return `${issuedAt}.${sign(secret, formTokenPayload(issuedAt))}`
}

export type FormTokenCheck = 'valid' | 'invalid' | 'too-fast' | 'expired'

export function checkFormToken(token: unknown, secret: string, now = Date.now()): FormTokenCheck {
  if (typeof token !== 'string') return 'invalid'
  const match = /^(\d{1,16})\.([\w-]+)$/.exec(token)
  if (!match || !secretsMatch(match[2], sign(secret, formTokenPayload(match[1])))) return 'invalid'
  const age = now - Number(match[1])
  if (age < FORM_TOKEN_MIN_AGE_MS) return 'too-fast'
  if (age > FORM_TOKEN_MAX_AGE_MS) return 'expired'
  return 'valid'
}
