import type { NextRequest } from 'next/server'

import { moderationJson, writeAccess } from '@/lib/moderation/api'
import { JSON_TYPE, problemResponse, readJsonObject, writeRefusal } from '@/lib/reactions/http'
import { getModerationService } from '@/lib/reactions/moderation-service'

/**
 * A moderator's action on an item, as JSON `{ action, note?, body?, title?, spoilerFlag?, days? }`:
 * the same input as the item page's forms. Answers the item as it now is.
 */
export async function POST(request: NextRequest, { params }: { params: Promise<{ id: string }> }) {
  const gate = writeAccess(request)
  if (!gate.ok) return gate.response
  const refused = writeRefusal(request, { available: true, accepts: [JSON_TYPE] })
  if (refused) return problemResponse(refused)
  const body = await readJsonObject(request)
  if (!body.ok) return problemResponse(body.problem)
  const acted = await (await getModerationService()).act((await params).id, body.value, gate.moderator)
  if (!acted.ok) return problemResponse(acted.problem)
  return moderationJson(acted.value, gate.access)
}
