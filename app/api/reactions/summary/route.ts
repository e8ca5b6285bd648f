import type { NextRequest } from 'next/server'

import { outcomeResponse, reactionsTurnedOff } from '@/lib/reactions/http'
import { getReactionService } from '@/lib/reactions/service'

/** The audience score of a series or episode: `{ subject, count, average, histogram }`. */
export async function GET(request: NextRequest) {
  const off = reactionsTurnedOff()
  if (off) return off
  const subject = request.nextUrl.searchParams.get('subject') ?? undefined
  return outcomeResponse(await (await getReactionService()).summary({ subject }))
}
