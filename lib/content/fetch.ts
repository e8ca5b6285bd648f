import 'server-only'
/**
 * The one way routes read content. The same GROQ query runs on the bundled dataset (groq-js) or
 * on the Content Lake (next-sanity), chosen by env.contentSource.
 *
 * Pages are what Next caches (ISR); a published read is always fresh and tags the page rendering
 * it with what the result contains (tags.ts), so routes pass no tags and the revalidation webhook
 * expires exactly the pages that show a changed document. Draft reads are never cached.
 */
import type { ClientReturn } from '@sanity/client'
import { cache } from 'react'
import { tagCurrentPage } from '@/lib/cache/tag-current-page'
import { env } from '@/lib/env/server'
import { client } from './client'
import { trackDraftRead } from './draft-reads'
import { type ContentPerspective, getPerspective } from './perspective'
import { type QueryParams, checkQueryParams } from './query-params'
import { queryBundledDataset } from './sources/bundled'
import { queryContentLake } from './sources/content-lake'
import { cacheTagsForRead } from './tags'

export { getPerspective }
export type { ContentPerspective }

export interface ContentFetchOptions<Q extends string> {
  /** A `defineQuery` query from lib/content/queries.ts; TypeGen types the result from it. */
  query: Q
  /** Values for the query's `$params`; sent as data, never spliced into the query. */
  params?: QueryParams
  /** From `getPerspective()`; default `published`. */
  perspective?: ContentPerspective
}

function readSource(query: string, params: QueryParams, perspective: ContentPerspective): Promise<unknown> {
  if (env.contentSource === 'content-lake') {
    if (!client)
      throw new Error('NEXT_PUBLIC_SANITY_PROJECT_ID is set but the Content Lake client could not be created.')
    return queryContentLake(client, { query, params, perspective }, { readToken: env.readToken })
  }
  return queryBundledDataset({ query, params, perspective, file: env.bundledDatasetFile })
}

/**
 * A read that tags nothing: for a cache that keeps its own tags and outlives pages, such as the
 * search index (lib/search/service.ts). Pages and routes use `contentFetch`.
 */
export async function contentReadUntagged<const Q extends string>({
  query,
  params,
  perspective = 'published',
}: ContentFetchOptions<Q>): Promise<ClientReturn<Q, unknown>> {
  return (await readSource(query, checkQueryParams(params), perspective)) as ClientReturn<Q, unknown>
}

// One read per query, params and perspective within a render: metadata and page share it.
const readOnce = cache(async (query: string, paramsJson: string, perspective: ContentPerspective) => {
  const read = readSource(query, JSON.parse(paramsJson) as QueryParams, perspective)
  if (perspective === 'drafts') return trackDraftRead(read)
  const result = await read
  await tagCurrentPage(cacheTagsForRead(query, result))
  return result
})

export async function contentFetch<const Q extends string>({
  query,
  params,
  perspective = 'published',
}: ContentFetchOptions<Q>): Promise<ClientReturn<Q, unknown>> {
  const result = await readOnce(query, JSON.stringify(checkQueryParams(params)), perspective)
  return result as ClientReturn<Q, unknown>
}
