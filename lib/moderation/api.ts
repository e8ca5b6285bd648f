import 'server-only'
/**
 * The moderation API's gate: 401 without a valid session (and for everything while
 * MODERATION_SECRET is unset), 403 for a write from another site or without the session's CSRF
 * token. Signed-in answers carry that token in `X-CSRF-Token`, for the client's next write.
 */
import { type NextRequest, NextResponse } from 'next/server'

import { accessFor, checkWrite, CLOSED, type ModerationAccess, SIGN_IN_FIRST } from './access'
import { CSRF_HEADER, MODERATOR_COOKIE } from './session'

type SignedIn = Extract<ModerationAccess, { state: 'signed-in' }>

const noStore = { 'Cache-Control': 'no-store' }

export function moderationJson(body: unknown, access: SignedIn, status = 200): NextResponse {
  return NextResponse.json(body, { status, headers: { ...noStore, [CSRF_HEADER]: access.csrf } })
}

function refusal(status: 401 | 403, error: string): NextResponse {
  return NextResponse.json({ error }, { status, headers: noStore })
}

/** The signed-in moderator's access for a read, or the 401 to answer. */
export function readAccess(
  request: NextRequest,
): { ok: true; access: SignedIn } | { ok: false; response: NextResponse } {
  const access = accessFor(request.cookies.get(MODERATOR_COOKIE)?.value)
  if (access.state === 'signed-in') return { ok: true, access }
  return { ok: false, response: refusal(401, access.state === 'closed' ? CLOSED : SIGN_IN_FIRST) }
}

/** The moderator a write speaks for, or the 401 or 403 to answer. */
export function writeAccess(
  request: NextRequest,
): { ok: true; access: SignedIn; moderator: string } | { ok: false; response: NextResponse } {
  const access = accessFor(request.cookies.get(MODERATOR_COOKIE)?.value)
  const check = checkWrite(access, request.headers, request.headers.get(CSRF_HEADER))
  if (!check.ok) return { ok: false, response: refusal(check.status, check.error) }
  return { ok: true, access: access as SignedIn, moderator: check.moderator }
}
