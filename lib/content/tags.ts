/**
 * Cache tag names, shared by the fetch layer (which attaches them) and the revalidation webhook
 * (which expires them): `<type>` for any page listing documents of a type, `<type>:<id>` for a
 * page about one document, always with its published id.
 */
import { publishedIdOf } from './perspective'

/** Carried by every cached content read, so one call can refresh the whole site (e.g. after a seed). */
export const ALL_CONTENT_TAG = 'content'

// Next.js ignores longer tags and extra tags (with only a warning); refuse them loudly instead.
const MAX_TAG_LENGTH = 256
const MAX_TAGS = 128

export function typeTag(type: string): string {
  return type
}

export function documentTag(type: string, id: string): string {
  return `${type}:${publishedIdOf(id)}`
}

/** The tags a read is cached under: the caller's, deduplicated and checked, plus `ALL_CONTENT_TAG`. */
export function cacheTagsFor(tags: readonly string[] = []): string[] {
  const all = [...new Set([...tags, ALL_CONTENT_TAG])]
  for (const tag of all) {
    if (tag.trim() === '' || tag.length > MAX_TAG_LENGTH) {
      throw new RangeError(`Cache tag "${tag.slice(0, 40)}…" must be 1 to ${MAX_TAG_LENGTH} characters.`)
    }
  }
  if (all.length > MAX_TAGS) throw new RangeError(`A read can carry at most ${MAX_TAGS} cache tags, got ${all.length}.`)
  return all
}
