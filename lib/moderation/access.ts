import 'server-only'
/**
 * Who may moderate, for pages, server actions and the API alike: nobody without MODERATION_SECRET,
 * a signed-in moderator with a valid session cookie, and for writes only with the session's CSRF
 * token from this site. Each page, action and route checks for itself: a layout's check does not
 * guard the page or action rendered beside it.
 */
import { cookies, headers } from 'next/headers'

import { env } from '@/lib/env/server'
import { isCrossSiteRequest } from '@/lib/reactions/abuse'

import { csrfToken, isValidCsrfToken, MODERATOR_COOKIE, type ModeratorSession, readSession } from './session'

export type ModerationAccess =
  /** MODERATION_SECRET is unset: moderation is closed and pages say how to open it. */
  | { state: 'closed' }
  | { state: 'signed-out'; secret: string }
  | { state: 'signed-in'; secret: string; session: ModeratorSession; sessionCookie: string; csrf: string }

export function moderationSecret(): string | undefined {
  return env.moderationSecret
}

export function accessFor(cookieValue: string | undefined, now = Date.now()): ModerationAccess {
  const secret = moderationSecret()
  if (!secret) return { state: 'closed' }
  const session = readSession(cookieValue, secret, now)
  if (!session || !cookieValue) return { state: 'signed-out', secret }
  return { state: 'signed-in', secret, session, sessionCookie: cookieValue, csrf: csrfToken(cookieValue, secret) }
}

/** The access of the request being rendered (pages and server actions). */
export async function requestAccess(): Promise<ModerationAccess> {
  return accessFor((await cookies()).get(MODERATOR_COOKIE)?.value)
}

export type WriteCheck = { ok: true; moderator: string } | { ok: false; status: 401 | 403; error: string }

export const SIGN_IN_FIRST = 'Sign in at /moderation first; moderation needs a moderator session.'
export const CLOSED = 'Moderation is closed on this server: set MODERATION_SECRET (16 or more characters) and restart.'
const FORBIDDEN = 'This moderation request did not come from this site’s moderation pages; reload them and try again.'

/** Whether a write may go ahead: a valid session, a request from this site and the session's CSRF token. */
export function checkWrite(access: ModerationAccess, requestHeaders: Headers, token: unknown): WriteCheck {
  if (access.state === 'closed') return { ok: false, status: 401, error: CLOSED }
  if (access.state === 'signed-out') return { ok: false, status: 401, error: SIGN_IN_FIRST }
  if (isCrossSiteRequest(requestHeaders) || !isValidCsrfToken(token, access.sessionCookie, access.secret)) {
    return { ok: false, status: 403, error: FORBIDDEN }
  }
  return { ok: true, moderator: access.session.name }
}

/** For server actions: the moderator a form speaks for, checked against the request's cookie and headers. */
export async function checkFormWrite(form: FormData, field: string): Promise<WriteCheck> {
  return checkWrite(await requestAccess(), await headers(), form.get(field))
}
