import 'server-only'
/**
 * The reader lists (/reviews, /people, /series, /news) as their routes read them: one page of a
 * list from its paged query, and the page number of a `<list>/page/[page]` address. The page
 * arithmetic itself lives in lib/paging.ts, which has no server imports.
 */
import type { ClientReturn } from '@sanity/client'
import { notFound } from 'next/navigation'
import { cache } from 'react'

import {
  type ListPage,
  type PagedResult,
  laterPageParams,
  loadListPage,
  pageSlice,
  parsePageNumber,
} from '@/lib/paging'

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

/**
 * The page number of a `<list>/page/[page]` route: 2 and on. Anything else is the site's 404;
 * page 1 never gets here, as next.config.js redirects `<list>/page/1` to the list itself.
 */
export function pageFromSegment(segment: string): number {
  const page = parsePageNumber(segment)
  if (page === null || page === 1) notFound()
  return page
}
