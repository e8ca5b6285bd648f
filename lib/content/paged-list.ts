import 'server-only'
import type { ClientReturn } from '@sanity/client'
import { cache } from 'react'

import { type ListPage, type PagedResult, laterPageParams, loadListPage, pageSlice } from '@/lib/paging'

import { contentFetch, getPerspective } from './fetch'

type ItemOf<Q extends string> = ClientReturn<Q, unknown> extends PagedResult<infer Item> ? Item : never

/**
 * A reader list read through one paged query (`{ total, items[$start...$end] }`): `load(page)` for
 * the request's perspective (null past the last page), `laterPages()` for generateStaticParams.
 */
export function pagedList<const Q extends string>({ query, perPage }: { query: Q; perPage: number }) {
  const load = cache(async (page: number): Promise<ListPage<ItemOf<Q>> | null> => {
    const perspective = await getPerspective()
    const fetchPage = (slice: { start: number; end: number }) =>
      contentFetch({ query, params: slice, perspective }) as Promise<PagedResult<ItemOf<Q>>>
    return loadListPage(fetchPage, page, perPage)
  })

  /** Pages 2 and on of the published list, prerendered at build time. */
  async function laterPages() {
    const { total } = (await contentFetch({ query, params: pageSlice(1, perPage) })) as PagedResult<unknown>
    return laterPageParams(total, perPage)
  }

  return { load, laterPages }
}
