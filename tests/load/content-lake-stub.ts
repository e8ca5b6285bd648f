/**
 * A stand-in for the Sanity Content Lake query API on loopback. The Content Lake build of the site
 * cannot reach Sanity in tests, so this answers the same requests (GET or POST
 * /v<apiVersion>/data/query/<dataset>) by running each query with the project's own bundled source
 * over a dataset file the test may edit. It records what the site sent and can be switched to fail
 * as the API does (HTTP 500 with Sanity's JSON error body). Asked for `resultSourceMap` (stega in
 * draft mode), it adds a Content Source Map of the result (content-source-map.ts).
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { loadDatasetFile } from '@/lib/content/dataset-loader'
import { queryBundledDataset } from '@/lib/content/sources/bundled'
import { contentSourceMapFor } from './content-source-map'

export interface StubRequest {
  method: string
  path: string
  query: string | null
  params: Record<string, unknown>
  /** As sent (null when absent); anything but `drafts` is answered as `published`. */
  perspective: string | null
  /** The `resultSourceMap` parameter as sent (null when absent). */
  resultSourceMap: string | null
  authorization: string | undefined
  projectId: string | undefined
  status: number
  /** Answered 500 because the stub was set to fail. */
  failedOnPurpose: boolean
}

export interface ContentLakeStub {
  origin: string
  /** Every request so far, in order. */
  requests: StubRequest[]
  /** While true, every query gets HTTP 500. */
  setFailing: (failing: boolean) => void
  stop: () => Promise<void>
}

export interface StubOptions {
  /** 0 picks a free one; `origin` names it. */
  port: number
  /** NDJSON dataset the answers come from. */
  file: string
  dataset: string
}

/** The description in the 500 body; the client's error message, so tests can find it in logs. */
export const STUB_FAILURE_DESCRIPTION = 'Content Lake stub: failing on purpose (HTTP 500)'

const QUERY_PATH = /^\/v[^/]+\/data\/query\/([^/]+)$/

function send(response: ServerResponse, status: number, body: unknown): number {
  response.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8' })
  response.end(JSON.stringify(body))
  return status
}

function sanityError(description: string, type: string) {
  return { error: { description, type } }
}

async function readBody(request: IncomingMessage): Promise<string> {
  let body = ''
  for await (const chunk of request) body += chunk
  return body
}

/** Query and params from the URL (`query`, `$name` as JSON) or, for long queries, a JSON body. */
async function queryOf(
  request: IncomingMessage,
  search: URLSearchParams,
): Promise<{ query: string | null; params: Record<string, unknown> }> {
  if (request.method === 'POST') {
    const body = JSON.parse(await readBody(request)) as { query?: string; params?: Record<string, unknown> }
    return { query: body.query ?? null, params: body.params ?? {} }
  }
  const params: Record<string, unknown> = {}
  for (const [key, value] of search) if (key.startsWith('$')) params[key.slice(1)] = JSON.parse(value)
  return { query: search.get('query'), params }
}

export async function startContentLakeStub({ port, file, dataset }: StubOptions): Promise<ContentLakeStub> {
  const requests: StubRequest[] = []
  let failing = false

  const answer = async (request: IncomingMessage, response: ServerResponse, seen: StubRequest): Promise<number> => {
    const url = new URL(request.url ?? '/', 'http://stub')
    const match = QUERY_PATH.exec(url.pathname)
    if (!match || (request.method !== 'GET' && request.method !== 'POST'))
      return send(response, 404, sanityError('Not found', 'notFound'))
    if (match[1] !== dataset) return send(response, 404, sanityError(`Dataset "${match[1]}" not found`, 'notFound'))
    seen.perspective = url.searchParams.get('perspective')
    seen.resultSourceMap = url.searchParams.get('resultSourceMap')
    try {
      Object.assign(seen, await queryOf(request, url.searchParams))
    } catch (error) {
      return send(response, 400, sanityError(`Invalid request: ${(error as Error).message}`, 'validationError'))
    }
    seen.failedOnPurpose = failing
    if (failing) return send(response, 500, sanityError(STUB_FAILURE_DESCRIPTION, 'internalError'))
    if (!seen.query) return send(response, 400, sanityError('Missing query', 'validationError'))
    const started = performance.now()
    try {
      const perspective = seen.perspective === 'drafts' ? 'drafts' : 'published'
      const result = await queryBundledDataset({ query: seen.query, params: seen.params, perspective, file })
      const ms = Math.round(performance.now() - started)
      if (!seen.resultSourceMap) return send(response, 200, { query: seen.query, result, ms })
      const resultSourceMap = contentSourceMapFor(result, loadDatasetFile(file).documents, perspective)
      return send(response, 200, { query: seen.query, result, resultSourceMap, ms })
    } catch (error) {
      // A query the bundled source refuses would be a query the site cannot rely on: answer as an error.
      return send(response, 400, sanityError((error as Error).message, 'queryError'))
    }
  }

  const server = createServer((request, response) => {
    const seen: StubRequest = {
      method: request.method ?? '',
      path: new URL(request.url ?? '/', 'http://stub').pathname,
      query: null,
      params: {},
      perspective: null,
      resultSourceMap: null,
      authorization: request.headers.authorization,
      projectId: request.headers['x-sanity-project-id'] as string | undefined,
      status: 0,
      failedOnPurpose: false,
    }
    requests.push(seen)
    answer(request, response, seen).then(
      (status) => (seen.status = status),
      () => {
        seen.status = 500
        if (!response.headersSent) send(response, 500, sanityError('Content Lake stub crashed', 'internalError'))
        else response.end()
      },
    )
  })
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(port, '127.0.0.1', resolve)
  })

  return {
    origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    requests,
    setFailing: (value) => (failing = value),
    stop: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections()
        server.close(() => resolve())
      }),
  }
}
