/**
 * Cache tags, derived from each read (cacheTagsForRead) and expired by the revalidation webhook
 * (lib/revalidation/tags-for-change.ts):
 * - `doc:<published id>` for every document whose data a result contains;
 * - `<type>` for every type a query selects with `*[_type == ...]`, expired when a document of that
 *   type is created, deleted or changes a field that decides where it is listed;
 * - `content` on every read, so one call can refresh the whole site (e.g. after a seed).
 */
import { DOCUMENT_TYPES } from './document-types'
import { publishedIdOf } from './perspective'
import { queryReads } from './query-reads'

export const ALL_CONTENT_TAG = 'content'
/** Carried instead of document tags by a result naming more documents than a page can carry tags. */
export const ANY_CHANGE_TAG = 'content:any-change'

/** The search index's build stamp (lib/search/service.ts), expired at once by every content change. */
export const SEARCH_INDEX_TAG = 'search-index'

// Next.js keeps at most 128 tags per cache entry and drops the rest with only a warning.
const MAX_TAGS = 128

export function documentTag(id: string): string {
  return `doc:${publishedIdOf(id)}`
}

export function listingTag(type: string): string {
  return type
}

/** Adds the published id of every document in a query result (any depth) to `ids`. */
export function collectDocumentIds(value: unknown, ids: Set<string>): void {
  if (Array.isArray(value)) {
    for (const item of value) collectDocumentIds(item, ids)
  } else if (value && typeof value === 'object') {
    for (const [key, field] of Object.entries(value)) {
      if (key === '_id' && typeof field === 'string') ids.add(publishedIdOf(field))
      else collectDocumentIds(field, ids)
    }
  }
}

/**
 * The tags a published read is cached under: every document its result contains (so queries
 * project `_id` for each document they show) and every type it selects. Routes pass no tags.
 */
export function cacheTagsForRead(query: string, result: unknown): string[] {
  const reads = queryReads(query)
  const types = reads.anyType ? DOCUMENT_TYPES : reads.types
  const tags = new Set<string>([ALL_CONTENT_TAG, ...types.map(listingTag)])
  const ids = new Set<string>()
  collectDocumentIds(result, ids)
  if (tags.size + ids.size > MAX_TAGS) return [...tags, ANY_CHANGE_TAG]
  for (const id of ids) tags.add(documentTag(id))
  return [...tags]
}
