import { draftMode } from 'next/headers'

/**
 * Which version of the content a request sees, named as the Content Lake names them:
 * `published` never includes drafts; `drafts` shows each document's draft in its place.
 */
export type ContentPerspective = 'published' | 'drafts'

export const DRAFTS_PREFIX = 'drafts.'

export function isDraftId(id: string): boolean {
  return id.startsWith(DRAFTS_PREFIX)
}

/** The id a document is published under, which references and cache tags use. */
export function publishedIdOf(id: string): string {
  return isDraftId(id) ? id.slice(DRAFTS_PREFIX.length) : id
}

/** Routes call this once, then pass the result to `contentFetch`; only draft mode reads drafts. */
export async function getPerspective(): Promise<ContentPerspective> {
  return (await draftMode()).isEnabled ? 'drafts' : 'published'
}
