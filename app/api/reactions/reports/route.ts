import type { NextRequest } from 'next/server'

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
import { getReactionService } from '@/lib/reactions/service'
import { sameOriginPath } from '@/lib/safe-redirect'

/**
 * A reader reports a comment or a reader review: JSON `{ item, reason }` answers 202
 * `{ item, counted, hidden }` (a reader's second report of an item is not counted). A plain form
 * post (`item`, `reason`, `returnTo`) gets a short page saying so, with a link back.
 */
export async function POST(request: NextRequest) {
  const off = reactionsTurnedOff()
  if (off) return off
  const service = await getReactionService()
  const refused = writeRefusal(request, { available: service.available, accepts: [JSON_TYPE, FORM_TYPE] })
  if (refused) return problemResponse(refused)
  const writer = service.writer(request.cookies.get(READER_COOKIE)?.value, request.headers)
  if (!writer) return problemResponse({ status: 503, error: POSTING_UNAVAILABLE })
  const { cookie, ...context } = writer

  if (isFormPost(request)) {
    const text = await readCappedText(request)
    if (!text.ok) return problemResponse(text.problem)
    const form = new URLSearchParams(text.value)
    const returnTo = sameOriginPath(form.get('returnTo'))
    const reported = await service.report({ item: form.get('item'), reason: form.get('reason') }, context)
    const response = reported.ok
      ? formAnswerPage({
          status: 202,
          title: 'Report received',
          message: 'Thank you: your report was received. A moderator will read it.',
          returnTo,
        })
      : formAnswerPage({
          status: reported.problem.status,
          title: 'Report not sent',
          message: `Your report was not sent: ${reported.problem.error}`,
          returnTo,
          retryAfterSeconds: reported.problem.retryAfterSeconds,
        })
    if (reported.ok && cookie) response.cookies.set(cookie)
    return response
  }

  const body = await readJsonObject(request)
  if (!body.ok) return problemResponse(body.problem)
  const reported = await service.report(body.value, context)
  const response = outcomeResponse(reported, 202)
  if (reported.ok && cookie) response.cookies.set(cookie)
  return response
}
