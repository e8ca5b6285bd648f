import { type NextRequest, NextResponse } from 'next/server'

import {
  FORM_TYPE,
  formAnswerPage,
  JSON_TYPE,
  isFormPost,
  outcomeResponse,
  problemResponse,
  readCappedText,
  readJsonObject,
  writeRefusal,
  reactionsTurnedOff,
} from '@/lib/reactions/http'
import { READER_COOKIE } from '@/lib/reactions/identity'
import { POSTING_UNAVAILABLE } from '@/lib/reactions/problems'
import { formVoteInput } from '@/lib/reactions/review-input'
import { getReactionService } from '@/lib/reactions/service'
import { sameOriginPath } from '@/lib/safe-redirect'

type Context = { params: Promise<{ id: string }> }

/**
 * "Was this review helpful?": JSON `{ helpful }` answers the new counts; a plain form post
 * (`helpful=true|false&returnTo=/path`) is sent back to the page it came from with 303.
 */
export async function POST(request: NextRequest, { params }: Context) {
  const off = reactionsTurnedOff()
  if (off) return off
  const service = await getReactionService()
  const refused = writeRefusal(request, { available: service.available, accepts: [JSON_TYPE, FORM_TYPE] })
  if (refused) return problemResponse(refused)
  const { id } = await params
  const writer = service.writer(request.cookies.get(READER_COOKIE)?.value, request.headers)
  if (!writer) return problemResponse({ status: 503, error: POSTING_UNAVAILABLE })

  if (isFormPost(request)) {
    const text = await readCappedText(request)
    if (!text.ok) return problemResponse(text.problem)
    const form = new URLSearchParams(text.value)
    const returnTo = sameOriginPath(form.get('returnTo'))
    const voted = await service.vote(id, formVoteInput(form), writer)
    if (!voted.ok) {
      const { status, error, retryAfterSeconds } = voted.problem
      const message = `Your vote was not counted: ${error}`
      return formAnswerPage({ status, title: 'Vote not counted', message, returnTo, retryAfterSeconds })
    }
    // A relative Location keeps the reader on the host they used (127.0.0.1 is not localhost).
    const response = new NextResponse(null, { status: 303, headers: { Location: returnTo } })
    if (writer.cookie) response.cookies.set(writer.cookie)
    return response
  }

  const body = await readJsonObject(request)
  if (!body.ok) return problemResponse(body.problem)
  const voted = await service.vote(id, body.value, writer)
  const response = outcomeResponse(voted)
  if (voted.ok && writer.cookie) response.cookies.set(writer.cookie)
  return response
}
