import 'server-only'
/**
 * The one way routes read content. The same GROQ query runs on the bundled dataset (groq-js) or
 * on the Content Lake (next-sanity), chosen by env.contentSource. Published reads are cached under
 * the given tags with env.revalidateSeconds as a time-based fallback; draft reads never are.
 */
import path from 'node:path'
import type { ClientReturn } from '@sanity/client'
import { unstable_cache } from 'next/cache'
import { env } from '@/lib/env'
import { client } from './client'
import { type ContentPerspective, getPerspective } from './perspective'
import { type QueryParams, checkQueryParams } from './query-params'
import { queryBundledDataset } from './sources/bundled'
import { queryContentLake } from './sources/content-lake'
import { cacheTagsFor } from './tags'

export { getPerspective }
export type { ContentPerspective }

export interface ContentFetchOptions<Q extends string> {
  /** A `defineQuery` query from lib/content/queries.ts; TypeGen types the result from it. */
  query: Q
  /** Values for the query's `$params`; sent as data, never spliced into the query. */
  params?: QueryParams
  /** From `getPerspective()`; default `published`. */
  perspective?: ContentPerspective
  /** Cache tags (tags.ts): `<type>` for lists, `<type>:<published id>` for one document. */
  tags?: string[]
}

function readBundledPublished(query: string, params: QueryParams, file: string): Promise<unknown> {
  return queryBundledDataset({ query, params, perspective: 'published', file })
}

export async function contentFetch<const Q extends string>({
  query,
  params,
  perspective = 'published',
  tags,
}: ContentFetchOptions<Q>): Promise<ClientReturn<Q, unknown>> {
  const checkedParams = checkQueryParams(params)
  const cacheTags = cacheTagsFor(tags)

  if (env.contentSource === 'content-lake') {
    if (!client) throw new Error('NEXT_PUBLIC_SANITY_PROJECT_ID is set but the Content Lake client could not be created.')
    return queryContentLake<ClientReturn<Q, unknown>>(
      client,
      { query, params: checkedParams, perspective, tags: cacheTags },
      { readToken: env.readToken, revalidateSeconds: env.revalidateSeconds },
    )
  }

  const file = env.bundledDatasetFile
  if (perspective === 'drafts' || env.revalidateSeconds === 0) {
    return queryBundledDataset({ query, params: checkedParams, perspective, file })
  }
  // The query and params are arguments, so they are part of the cache key; the file is named too.
  const cachedRead = unstable_cache(readBundledPublished, ['bundled-dataset', path.resolve(file)], {
    tags: cacheTags,
    revalidate: env.revalidateSeconds,
  })
  return (await cachedRead(query, checkedParams, file)) as ClientReturn<Q, unknown>
}
