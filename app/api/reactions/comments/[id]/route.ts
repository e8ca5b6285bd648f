import type { NextRequest } from 'next/server'

import {
  JSON_TYPE,
  outcomeResponse,
  problemResponse,
  readJsonObject,
  writeRefusal,
  reactionsTurnedOff,
} from '@/lib/reactions/http'
import { READER_COOKIE } from '@/lib/reactions/identity'
import { getReactionService } from '@/lib/reactions/service'

type Context = { params: Promise<{ id: string }> }

/** The author changes their comment within 15 minutes of posting: the fields sent are replaced. */
export async function PATCH(request: NextRequest, { params }: Context) {
  const off = reactionsTurnedOff()
  if (off) return off
  const service = await getReactionService()
  const refused = writeRefusal(request, { available: service.available, accepts: [JSON_TYPE] })
  if (refused) return problemResponse(refused)
  const body = await readJsonObject(request)
  if (!body.ok) return problemResponse(body.problem)
  const readerId = service.reader(request.cookies.get(READER_COOKIE)?.value)
  if (!readerId) return problemResponse({ status: 403, error: 'Only the reader who wrote this comment can change it.' })
  return outcomeResponse(await service.editComment((await params).id, body.value, { readerId, ipHash: null }))
}

/** The author deletes their comment within 15 minutes of posting. */
export async function DELETE(request: NextRequest, { params }: Context) {
  const off = reactionsTurnedOff()
  if (off) return off
  const service = await getReactionService()
  const refused = writeRefusal(request, { available: service.available })
  if (refused) return problemResponse(refused)
  const readerId = service.reader(request.cookies.get(READER_COOKIE)?.value)
  if (!readerId) return problemResponse({ status: 403, error: 'Only the reader who wrote this comment can delete it.' })
  const deleted = await service.deleteComment((await params).id, { readerId, ipHash: null })
  return outcomeResponse(deleted.ok ? { ok: true, value: { id: deleted.value.id, status: 'deleted' } } : deleted)
}
