import type { NextRequest } from 'next/server'

import { outcomeResponse, reactionsTurnedOff } from '@/lib/reactions/http'
import { newPostRoute } from '@/lib/reactions/post-routes'
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
export const POST = newPostRoute(async (service, input, context) => {
  const posted = await service.submitComment(input, context)
  return posted.ok ? { ok: true, value: posted.value.comment } : posted
}, readerCommentPath)
