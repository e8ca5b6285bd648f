import { documentTag, typeTag } from '@/lib/content/tags'

/** What the Sanity webhook sends about a changed document (its projection is in the README). */
export interface DocumentChange {
  _id: string
  _type: string
  slug?: string | null
}

const contentTypes = new Set(['series', 'episode', 'person', 'character', 'review', 'critic', 'article', 'siteSettings'])

/**
 * The cache tags one changed document affects: `<type>:<id>` for the pages about it, and `<type>`
 * for every list of its type. Pages that show a type through references also carry that type's
 * tag, so a person edit refreshes each series cast and an episode review edit refreshes the chart.
 */
export function tagsForChange(change: DocumentChange): string[] {
  return [typeTag(change._type), documentTag(change._type, change._id)]
}

export function isDocumentChange(body: unknown): body is DocumentChange {
  if (!body || typeof body !== 'object' || Array.isArray(body)) return false
  const { _id, _type, slug } = body as Record<string, unknown>
  return (
    typeof _id === 'string' && /^[A-Za-z0-9._-]{1,128}$/.test(_id) &&
    typeof _type === 'string' && contentTypes.has(_type) &&
    (slug === undefined || slug === null || typeof slug === 'string')
  )
}
