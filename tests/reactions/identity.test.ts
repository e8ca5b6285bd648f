/** The reader cookie, IP hashes, form tokens and the development secret: what a forger can and cannot do. */
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'

import { isCrossSiteRequest } from '@/lib/reactions/abuse'
import {
  checkFormToken,
  clientIp,
  hashIp,
  identifyReader,
  issueFormToken,
  readerCookie,
  resolveReaderSecret,
  signReaderId,
  verifyReaderCookie,
} from '@/lib/reactions/identity'

const SECRET = 'identity-test-secret-0123456789'
const READER = '0b7c5e3a-8d41-4f2e-9a6b-1c2d3e4f5a6b'
const folder = mkdtempSync(path.join(tmpdir(), 'reactions-identity-'))
afterAll(() => rmSync(folder, { recursive: true, force: true }))

describe('the reader cookie', () => {
  it('names the reader it was signed for, and nobody else', () => {
    const value = signReaderId(READER, SECRET)
    expect(value).toMatch(/^0b7c5e3a-8d41-4f2e-9a6b-1c2d3e4f5a6b\.[\w-]{43}$/)
    expect(verifyReaderCookie(value, SECRET)).toBe(READER)
    expect(identifyReader(value, SECRET)).toEqual({ readerId: READER, isNew: false })
  })

  it.each([
    ['another secret', signReaderId(READER, 'another-secret-0123456789')],
    ['a swapped reader id', signReaderId(READER, SECRET).replace('0b7c5e3a', '1b7c5e3a')],
    ['no signature', READER],
    ['an empty signature', `${READER}.`],
    ['an id that is not a uuid', signReaderId('admin', SECRET)],
    ['nothing', undefined],
  ])('is refused with %s, which makes a new reader', (_case, value) => {
    expect(verifyReaderCookie(value, SECRET)).toBeNull()
    const { readerId, isNew } = identifyReader(value, SECRET)
    expect(isNew).toBe(true)
    expect(readerId).toMatch(/^[0-9a-f-]{36}$/)
    expect(readerId).not.toBe(READER)
  })

  it('is HttpOnly, SameSite=Lax, site-wide, a year long, and Secure over https only', () => {
    expect(readerCookie(READER, SECRET, false)).toEqual({
      name: 'reader',
      value: signReaderId(READER, SECRET),
      httpOnly: true,
      sameSite: 'lax',
      path: '/',
      maxAge: 365 * 24 * 60 * 60,
      secure: false,
    })
    expect(readerCookie(READER, SECRET, true).secure).toBe(true)
  })
})

describe('form tokens', () => {
  const issued = Date.UTC(2026, 0, 1)

  it('are valid from 3 seconds to a day after they were served', () => {
    const token = issueFormToken(SECRET, issued)
    expect(checkFormToken(token, SECRET, issued + 2_999)).toBe('too-fast')
    expect(checkFormToken(token, SECRET, issued + 3_000)).toBe('valid')
    expect(checkFormToken(token, SECRET, issued + 24 * 60 * 60 * 1000)).toBe('valid')
    expect(checkFormToken(token, SECRET, issued + 24 * 60 * 60 * 1000 + 1)).toBe('expired')
  })

  it('cannot be backdated, forged from a reader cookie or signed with another secret', () => {
    const token = issueFormToken(SECRET, issued)
    const backdated = token.replace(String(issued), String(issued - 60_000))
    expect(checkFormToken(backdated, SECRET, issued + 10_000)).toBe('invalid')
    expect(checkFormToken(issueFormToken('another-secret-0123456789', issued), SECRET, issued + 10_000)).toBe('invalid')
    // A cookie signs the bare payload; a token signs a labelled one, so neither passes for the other.
    const cookieStyle = signReaderId(String(issued), SECRET)
    expect(checkFormToken(cookieStyle, SECRET, issued + 10_000)).toBe('invalid')
    for (const junk of [undefined, null, 42, '', 'x.y', `${issued}`])
      expect(checkFormToken(junk, SECRET)).toBe('invalid')
  })
})

describe('addresses', () => {
  it('are stored only as a keyed hash', () => {
    const hash = hashIp('203.0.113.7', SECRET)
    expect(hash).toMatch(/^[0-9a-f]{64}$/)
    expect(hash).not.toContain('203')
    expect(hashIp('203.0.113.7', SECRET)).toBe(hash)
    expect(hashIp('203.0.113.8', SECRET)).not.toBe(hash)
    expect(hashIp('203.0.113.7', 'another-secret-0123456789')).not.toBe(hash)
    expect(hashIp(null, SECRET)).toBeNull()
  })

  it('come from the last x-forwarded-for hop, the one the nearest proxy (or Next) vouches for', () => {
    expect(clientIp(new Headers({ 'x-forwarded-for': '198.51.100.1, 203.0.113.7' }))).toBe('203.0.113.7')
    expect(clientIp(new Headers({ 'x-forwarded-for': '::1' }))).toBe('::1')
    expect(clientIp(new Headers())).toBeNull()
  })
})

describe('same-origin writes', () => {
  const from = (headers: Record<string, string>) =>
    isCrossSiteRequest(new Headers({ host: 'dramas.example', ...headers }))

  it('allow this site and clients that are not browsers; refuse other sites', () => {
    expect(from({ origin: 'https://dramas.example' })).toBe(false)
    expect(from({ 'sec-fetch-site': 'same-origin' })).toBe(false)
    expect(from({})).toBe(false)
    expect(from({ origin: 'https://evil.example' })).toBe(true)
    expect(from({ origin: 'https://sub.dramas.example' })).toBe(true)
    expect(from({ origin: 'null' })).toBe(true)
    expect(from({ 'sec-fetch-site': 'cross-site' })).toBe(true)
    expect(
      isCrossSiteRequest(
        new Headers({ host: 'internal:3000', 'x-forwarded-host': 'dramas.example', origin: 'https://dramas.example' }),
      ),
    ).toBe(false)
  })
})

describe('the development secret', () => {
  it('is generated once, kept under .data/ and reused; production without one has none', () => {
    const devSecretFile = path.join(folder, '.data', 'reader-cookie-secret')
    const first = resolveReaderSecret({ configured: undefined, production: false, devSecretFile })
    expect(first).toMatch(/^[\w-]{43}$/)
    expect(readFileSync(devSecretFile, 'utf8').trim()).toBe(first)
    expect(statSync(devSecretFile).mode & 0o077).toBe(0)
    expect(resolveReaderSecret({ configured: undefined, production: false, devSecretFile })).toBe(first)
    expect(resolveReaderSecret({ configured: SECRET, production: true })).toBe(SECRET)
    expect(resolveReaderSecret({ configured: undefined, production: true, devSecretFile })).toBeNull()
  })
})
