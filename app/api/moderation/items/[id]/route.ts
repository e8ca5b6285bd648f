import type { NextRequest } from 'next/server'

import { moderationJson, readAccess } from '@/lib/moderation/api'
import { problemResponse } from '@/lib/reactions/http'
import { getModerationService } from '@/lib/reactions/moderation-service'

/** An item with its reports, its history and the page readers see it on. */
export async function GET(request: NextRequest, { params }: { params: Promise<{ id: string }> }) {
  const gate = readAccess(request)
  if (!gate.ok) return gate.response
  const found = await (await getModerationService()).item((await params).id)
  if (!found) return problemResponse({ status: 404, error: 'There is no comment or reader review with this id.' })
  return moderationJson(found, gate.access)
}
