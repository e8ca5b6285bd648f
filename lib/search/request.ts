/**
 * What a search request may ask, checked once for the JSON API and the /search page alike, with a
 * message a reader or a developer can act on.
 */
import { isSearchType, SEARCH_TYPES, type SearchType } from './types'

export const MAX_QUERY_LENGTH = 200
export const MAX_LIMIT = 50
export const DEFAULT_LIMIT = 20

export interface SearchRequest {
  q: string
  type?: SearchType
  limit: number
}

export type SearchRequestCheck =
  { ok: true; value: SearchRequest } | { ok: false; problem: { error: string; field: 'q' | 'type' | 'limit' } }

type Params = URLSearchParams | Record<string, string | string[] | undefined>

function first(params: Params, name: string): string | undefined {
  if (params instanceof URLSearchParams) return params.get(name) ?? undefined
  const value = params[name]
  return Array.isArray(value) ? value[0] : value
}

export function checkSearchRequest(params: Params): SearchRequestCheck {
  const q = (first(params, 'q') ?? '').normalize('NFC').trim()
  if (!q) return { ok: false, problem: { field: 'q', error: 'Type something to search for.' } }
  if (q.length > MAX_QUERY_LENGTH)
    return {
      ok: false,
      problem: {
        field: 'q',
        error: `A search can be at most ${MAX_QUERY_LENGTH} characters; this one has ${q.length}.`,
      },
    }
  const type = first(params, 'type')
  if (type !== undefined && type !== '' && !isSearchType(type))
    return { ok: false, problem: { field: 'type', error: `The type must be one of: ${SEARCH_TYPES.join(', ')}.` } }
  const limitText = first(params, 'limit')
  let limit = DEFAULT_LIMIT
  if (limitText !== undefined && limitText !== '') {
    limit = /^\d+$/.test(limitText) ? Number(limitText) : Number.NaN
    if (!(limit >= 1 && limit <= MAX_LIMIT))
      return {
        ok: false,
        problem: { field: 'limit', error: `The limit must be a whole number from 1 to ${MAX_LIMIT}.` },
      }
  }
  return { ok: true, value: { q, limit, ...(type ? { type: type as SearchType } : {}) } }
}
