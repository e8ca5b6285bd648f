import 'server-only'
/**
 * The Content Lake source, used when NEXT_PUBLIC_SANITY_PROJECT_ID is set. Reads carry no `next`
 * or `cache` option, so the client sends them over plain HTTP rather than Next's patched fetch: a
 * published read is fresh whenever a page renders, and the page cache holds the result under the
 * tags derived from it (fetch.ts). Draft reads carry the read token and stega (stega.ts): the
 * client asks for the result's source map and hides each string's origin in it for the Studio's
 * overlays. Published reads never do, so readers' pages carry clean strings.
 */
import type { SanityClient } from 'next-sanity'
import type { ContentPerspective } from '../perspective'
import type { QueryParams } from '../query-params'

export interface ContentLakeSettings {
  /** Viewer token for drafts (SANITY_API_READ_TOKEN); never sent with published reads. */
  readToken: string | undefined
}

export interface ContentLakeQuery {
  query: string
  params: QueryParams
  perspective: ContentPerspective
}

export async function queryContentLake<Result = unknown>(
  client: SanityClient,
  { query, params, perspective }: ContentLakeQuery,
  { readToken }: ContentLakeSettings,
): Promise<Result> {
  if (perspective === 'drafts') {
    if (!readToken) {
      throw new Error(
        'Draft mode on a Sanity project needs a viewer token: set SANITY_API_READ_TOKEN on the server (see ' +
          '.env.example).',
      )
    }
    return client.fetch<Result>(query, params, { perspective: 'drafts', token: readToken, useCdn: false, stega: true })
  }
  return client.fetch<Result>(query, params, { perspective: 'published', useCdn: false, stega: false })
}
