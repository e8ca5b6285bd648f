import 'server-only'
/**
 * The write routes of reader reviews and comments, which answer the same way: POST of
 * `/api/reactions/<reviews|comments>` posts one, and PATCH and DELETE of `.../<id>` let its author
 * change or delete it within 15 minutes of posting.
 */
import type { NextRequest, NextResponse } from 'next/server'

import { HONEYPOT_FIELD } from './abuse'
import { JSON_TYPE, outcomeResponse, problemResponse, reactionsTurnedOff, readJsonObject, writeRefusal } from './http'
import { READER_COOKIE } from './identity'
import { type Outcome, POSTING_UNAVAILABLE } from './problems'
import { getReactionService, type ReactionService, type ReviewPostContext, type WriterContext } from './service'

type Context = { params: Promise<{ id: string }> }

/** POST: 201 `{ id, status }`, `Location` the post's own page, and the reader cookie on a first write. */
export function newPostRoute(
  submit: (
    service: ReactionService,
    input: Record<string, unknown>,
    context: ReviewPostContext,
  ) => Promise<Outcome<{ id: string; status: string }>>,
  pathOf: (id: string) => string,
) {
  return async function POST(request: NextRequest): Promise<NextResponse> {
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
    const posted = await submit(service, input, { ...writer, fromForm: false, formToken, honeypot })
    if (!posted.ok) return problemResponse(posted.problem)
    const { id, status } = posted.value
    const response = outcomeResponse({ ok: true, value: { id, status } }, 201)
    response.headers.set('Location', pathOf(id))
    if (writer.cookie) response.cookies.set(writer.cookie)
    return response
  }
}

export function ownPostRoutes(
  noun: 'review' | 'comment',
  change: {
    edit: (service: ReactionService, id: string, input: unknown, writer: WriterContext) => Promise<Outcome<unknown>>
    remove: (service: ReactionService, id: string, writer: WriterContext) => Promise<Outcome<{ id: string }>>
  },
) {
  /** The author's reader id from their cookie, or the refusal to answer. */
  async function author(
    request: NextRequest,
    verb: 'change' | 'delete',
    accepts?: string[],
  ): Promise<{ response: NextResponse } | { service: ReactionService; writer: WriterContext }> {
    const off = reactionsTurnedOff()
    if (off) return { response: off }
    const service = await getReactionService()
    const refused = writeRefusal(request, { available: service.available, ...(accepts ? { accepts } : {}) })
    if (refused) return { response: problemResponse(refused) }
    const readerId = service.reader(request.cookies.get(READER_COOKIE)?.value)
    if (!readerId) {
      return {
        response: problemResponse({ status: 403, error: `Only the reader who wrote this ${noun} can ${verb} it.` }),
      }
    }
    return { service, writer: { readerId, ipHash: null } }
  }

  return {
    /** The fields sent are replaced. */
    async PATCH(request: NextRequest, { params }: Context): Promise<NextResponse> {
      const found = await author(request, 'change', [JSON_TYPE])
      if ('response' in found) return found.response
      const body = await readJsonObject(request)
      if (!body.ok) return problemResponse(body.problem)
      return outcomeResponse(await change.edit(found.service, (await params).id, body.value, found.writer))
    },

    async DELETE(request: NextRequest, { params }: Context): Promise<NextResponse> {
      const found = await author(request, 'delete')
      if ('response' in found) return found.response
      const deleted = await change.remove(found.service, (await params).id, found.writer)
      return outcomeResponse(deleted.ok ? { ok: true, value: { id: deleted.value.id, status: 'deleted' } } : deleted)
    },
  }
}
