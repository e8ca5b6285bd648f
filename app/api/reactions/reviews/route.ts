import type { NextRequest } from 'next/server'

import { outcomeResponse, reactionsTurnedOff } from '@/lib/reactions/http'
import { newPostRoute } from '@/lib/reactions/post-routes'
import { getReactionService } from '@/lib/reactions/service'
import { readerReviewPath } from '@/lib/routes'

/** Published reader reviews of a subject: `?subject=<_id>&sort=helpful|newest|highest|lowest[&rating=N]`. */
export async function GET(request: NextRequest) {
  const off = reactionsTurnedOff()
  if (off) return off
  return outcomeResponse(
    await (await getReactionService()).listReviews(Object.fromEntries(request.nextUrl.searchParams)),
  )
}

/** Posts a reader review: 201 `{ id, status }` and the reader cookie. */
export const POST = newPostRoute(async (service, input, context) => {
  const posted = await service.submitReview(input, context)
  return posted.ok ? { ok: true, value: posted.value.review } : posted
}, readerReviewPath)
