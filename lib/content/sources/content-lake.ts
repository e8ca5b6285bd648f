import 'server-only'
/**
 * The Content Lake source, used when NEXT_PUBLIC_SANITY_PROJECT_ID is set. Published reads go
 * through Next's data cache with tags and a time-based fallback; draft reads carry the read token
 * and are never cached.
 */
import type { SanityClient } from 'next-sanity'
import type { ContentPerspective } from '../perspective'
import type { QueryParams } from '../query-params'

export interface ContentLakeSettings {
  /** Viewer token for drafts (SANITY_API_READ_TOKEN); never sent with published reads. */
  readToken: string | undefined
  revalidateSeconds: number
}

export interface ContentLakeQuery {
  query: string
  params: QueryParams
  perspective: ContentPerspective
  /** Already checked cache tags (tags.ts). */
  tags: string[]
}

export async function queryContentLake<Result = unknown>(
  client: SanityClient,
  { query, params, perspective, tags }: ContentLakeQuery,
  { readToken, revalidateSeconds }: ContentLakeSettings,
): Promise<Result> {
  if (perspective === 'drafts') {
    if (!readToken) {
      throw new Error('Draft mode on a Sanity project needs a viewer token: set SANITY_API_READ_TOKEN on the server (see .env.example).')
    }
    return client.fetch<Result>(query, params, { perspective: 'drafts', token: readToken, useCdn: false, cache: 'no-store' })
  }
  return client.fetch<Result>(query, params, { perspective: 'published', useCdn: false, next: { revalidate: revalidateSeconds, tags } })
}
