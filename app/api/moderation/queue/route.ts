import type { NextRequest } from 'next/server'

import { moderationJson, readAccess } from '@/lib/moderation/api'
import { problemResponse } from '@/lib/reactions/http'
import { getModerationService } from '@/lib/reactions/moderation-service'
import { MODERATION_QUEUES, type ModerationQueue } from '@/lib/reactions/types'

/** One moderation queue, newest first: `?view=pending|reported|recent` (default pending). */
export async function GET(request: NextRequest) {
  const gate = readAccess(request)
  if (!gate.ok) return gate.response
  const asked = request.nextUrl.searchParams.get('view') ?? 'pending'
  const view = MODERATION_QUEUES.find((queue) => queue === asked)
  if (!view) {
    return problemResponse({
      status: 400,
      error: `view must be one of ${MODERATION_QUEUES.join(', ')}.`,
      field: 'view',
    })
  }
  const items = await (await getModerationService()).queue(view satisfies ModerationQueue)
  return moderationJson({ view, items }, gate.access)
}
