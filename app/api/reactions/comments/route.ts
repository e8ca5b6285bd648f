import type { NextRequest } from 'next/server'

import { HONEYPOT_FIELD } from '@/lib/reactions/abuse'
import {
  JSON_TYPE,
  outcomeResponse,
  problemResponse,
  readJsonObject,
  writeRefusal,
  reactionsTurnedOff,
} from '@/lib/reactions/http'
import { READER_COOKIE } from '@/lib/reactions/identity'
import { POSTING_UNAVAILABLE } from '@/lib/reactions/problems'
import { getReactionService } from '@/lib/reactions/service'
import { readerCommentPath } from '@/lib/routes'

/** A subject's published comments, oldest first, each with its published replies: `?subject=<_id>`. */
export async function GET(request: NextRequest) {
  const off = reactionsTurnedOff()
  if (off) return off
  const subject = request.nextUrl.searchParams.get('subject') ?? undefined
  return outcomeResponse(await (await getReactionService()).listComments({ subject }))
}

/** Posts a comment or a reply: 201 `{ id, status }` and the reader cookie. */
export async function POST(request: NextRequest) {
  const off = reactionsTurnedOff()
  if (off) return off
  const service = await getReactionService()
  const refused = writeRefusal(request, { available: service.available, accepts: [JSON_TYPE] })
  if (refused) return problemResponse(refused)
  const body = await readJsonObject(request)
  if (!body.ok) return problemResponse(body.problem)
  const writer = service.writer(request.cookies.get(READER_COOKIE)?.value, request.headers)
  if (!writer) return problemResponse({ status: 503, error: POSTING_UNAVAILABLE })

  const { formToken, [HONEYPOT_FIELD]: honeypot, ...input } = body.value
  const posted = await service.submitComment(input, { ...writer, fromForm: false, formToken, honeypot })
  if (!posted.ok) return problemResponse(posted.problem)
  const { id, status } = posted.value.comment
  const response = outcomeResponse({ ok: true, value: { id, status } }, 201)
  response.headers.set('Location', readerCommentPath(id))
  if (writer.cookie) response.cookies.set(writer.cookie)
  return response
}
