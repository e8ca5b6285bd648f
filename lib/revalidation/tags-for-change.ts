import { DOCUMENT_TYPES } from '@/lib/content/document-types'
import { ANY_CHANGE_TAG, documentTag, listingTag } from '@/lib/content/tags'

/** What the Sanity webhook sends about a changed document (its projection: webhook-projection.ts). */
export interface DocumentChange {
  _id: string
  _type: string
  slug?: string | null
  /** `delta::operation()`; absent from hand-sent requests, which count as any change. */
  operation?: 'create' | 'update' | 'delete' | null
  /** Whether an update touched a field that decides where the document is listed. */
  listingChanged?: boolean | null
}

const contentTypes = new Set<string>(DOCUMENT_TYPES)
const operations = new Set(['create', 'update', 'delete'])

/**
 * The cache tags one changed document expires: the pages that contain it, and the pages that select
 * its type only when it may have entered, left or moved within their lists. An edit to a review's
 * text refreshes the pages showing that review, not every page that lists reviews.
 */
export function tagsForChange(change: DocumentChange): string[] {
  const tags = [documentTag(change._id), ANY_CHANGE_TAG]
  const relisted = change.operation !== 'update' || change.listingChanged !== false
  if (relisted) tags.push(listingTag(change._type))
  return tags
}

export function isDocumentChange(body: unknown): body is DocumentChange {
  if (!body || typeof body !== 'object' || Array.isArray(body)) return false
  const { _id, _type, slug, operation, listingChanged } = body as Record<string, unknown>
  return (
    typeof _id === 'string' &&
    /^[A-Za-z0-9._-]{1,128}$/.test(_id) &&
    typeof _type === 'string' &&
    contentTypes.has(_type) &&
    (slug === undefined || slug === null || typeof slug === 'string') &&
    (operation === undefined || operation === null || (typeof operation === 'string' && operations.has(operation))) &&
    (listingChanged === undefined || listingChanged === null || typeof listingChanged === 'boolean')
  )
}
