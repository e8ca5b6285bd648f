import 'server-only'
/**
 * The HTTP side of the reactions API: refusing cross-site, oversized and mistyped writes before
 * reading them, reading bodies under a cap, and answering problems as `{ error, field }`.
 */
import { NextResponse } from 'next/server'

import { env } from '@/lib/env/server'

import { isCrossSiteRequest } from './abuse'
import { type Outcome, POSTING_UNAVAILABLE, type ReactionProblem } from './problems'

/** Reviews are at most 5,000 characters; no legitimate body comes near this. */
export const MAX_BODY_BYTES = 64 * 1024

export const JSON_TYPE = 'application/json'
export const FORM_TYPE = 'application/x-www-form-urlencoded'

const tooLarge: ReactionProblem = { status: 413, error: `The body is over ${MAX_BODY_BYTES / 1024} kB.` }

export function problemResponse(found: ReactionProblem): NextResponse {
  const { status, error, field, retryAfterSeconds } = found
  const headers: Record<string, string> = { 'Cache-Control': 'no-store' }
  if (retryAfterSeconds !== undefined) headers['Retry-After'] = String(retryAfterSeconds)
  return NextResponse.json(field ? { error, field } : { error }, { status, headers })
}

/** With READER_REACTIONS=off the API is not there: 404 for every endpoint. */
export function reactionsTurnedOff(): NextResponse | null {
  if (env.readerReactions) return null
  return problemResponse({ status: 404, error: 'Reader reactions are turned off on this site.' })
}

export function outcomeResponse<T>(outcome: Outcome<T>, status = 200): NextResponse {
  if (!outcome.ok) return problemResponse(outcome.problem)
  return NextResponse.json(outcome.value, { status, headers: { 'Cache-Control': 'no-store' } })
}

function mediaType(request: Request): string {
  return (request.headers.get('content-type') ?? '').split(';')[0].trim().toLowerCase()
}

/**
 * The problem with a write before its body is read: from another site (403), posting unavailable
 * (503), a content type the endpoint does not take (415), or a declared length over the cap (413).
 */
export function writeRefusal(
  request: Request,
  options: { available: boolean; accepts?: readonly string[] },
): ReactionProblem | null {
  if (isCrossSiteRequest(request.headers)) {
    return { status: 403, error: 'Reader reviews and votes can only be posted from this site.' }
  }
  if (!options.available) return { status: 503, error: POSTING_UNAVAILABLE }
  if (options.accepts && !options.accepts.includes(mediaType(request))) {
    return { status: 415, error: `Send the body as ${options.accepts.join(' or ')}.` }
  }
  if (Number(request.headers.get('content-length') ?? 0) > MAX_BODY_BYTES) return tooLarge
  return null
}

/** The body as text, read chunk by chunk and abandoned as soon as it passes the cap. */
export async function readCappedText(request: Request): Promise<Outcome<string>> {
  if (!request.body) return { ok: true, value: '' }
  const reader = request.body.getReader()
  const chunks: Uint8Array[] = []
  let size = 0
  for (;;) {
    const { done, value } = await reader.read()
    if (done) break
    size += value.byteLength
    if (size > MAX_BODY_BYTES) {
      await reader.cancel()
      return { ok: false, problem: tooLarge }
    }
    chunks.push(value)
  }
  return { ok: true, value: Buffer.concat(chunks).toString('utf8') }
}

/** A JSON object body, or the problem with it. */
export async function readJsonObject(request: Request): Promise<Outcome<Record<string, unknown>>> {
  const text = await readCappedText(request)
  if (!text.ok) return text
  let parsed: unknown
  try {
    parsed = JSON.parse(text.value)
  } catch {
    return { ok: false, problem: { status: 400, error: 'The body is not valid JSON.' } }
  }
  if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) {
    return { ok: false, problem: { status: 400, error: 'The body must be a JSON object.' } }
  }
  return { ok: true, value: parsed as Record<string, unknown> }
}

export function isFormPost(request: Request): boolean {
  return mediaType(request) === FORM_TYPE
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`)
}

/**
 * The answer to a plain form post (no script to read JSON): a small page saying what happened,
 * with a link back to the page it came from.
 */
export function formAnswerPage(answer: {
  status: number
  title: string
  message: string
  returnTo: string
  retryAfterSeconds?: number
}): NextResponse {
  const html =
    `<!doctype html><html lang="en"><meta charset="utf-8"><title>${escapeHtml(answer.title)}</title>` +
    `<p>${escapeHtml(answer.message)}</p>` +
    `<p><a href="${escapeHtml(answer.returnTo)}">Back to the page</a></p></html>`
  const headers: Record<string, string> = { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' }
  if (answer.retryAfterSeconds !== undefined) headers['Retry-After'] = String(answer.retryAfterSeconds)
  return new NextResponse(html, { status: answer.status, headers })
}
