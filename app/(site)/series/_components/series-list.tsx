import { cache } from 'react'

import { SeriesCard } from '@/components/cards/SeriesCard'
import { ListingPage } from '@/components/layout/ListingPage'
import { contentFetch, getPerspective } from '@/lib/content/fetch'
import { SERIES_LIST_QUERY } from '@/lib/content/queries'
import { type ListPage, laterPageParams, loadListPage, pageSlice, SERIES_PER_PAGE } from '@/lib/paging'
import type { ListingSeoInput } from '@/lib/seo'
import type { SERIES_LIST_QUERY_RESULT } from '@/sanity.types'

/** Shared by /series and /series/page/[page], so every page of the list expires together. */
const tags = ['series', 'review']

export const seriesListSeo: ListingSeoInput = {
  title: 'Series',
  description: 'Every series we cover, with our score, episode guides and cast.',
  path: '/series',
}

type Series = SERIES_LIST_QUERY_RESULT['items'][number]

/** One page of series in the request's perspective; null past the last page. */
export const loadSeriesList = cache(async (page: number): Promise<ListPage<Series> | null> => {
  const perspective = await getPerspective()
  return loadListPage((slice) => contentFetch({ query: SERIES_LIST_QUERY, params: slice, perspective, tags }), page, SERIES_PER_PAGE)
})

/** Pages 2 and on of the published list, prerendered at build time. */
export async function seriesListPageParams() {
  const { total } = await contentFetch({ query: SERIES_LIST_QUERY, params: pageSlice(1, SERIES_PER_PAGE), tags })
  return laterPageParams(total, SERIES_PER_PAGE)
}

export function SeriesList({ list }: { list: ListPage<Series> }) {
  return (
    <ListingPage title="Series" intro="Every series we cover, with our score, an episode-by-episode guide and the people who made it." path="/series" list={list} empty="No series yet.">
      <ul className="grid gap-6 lg:grid-cols-2">
        {list.items.map((item, index) => (
          <li key={item._id} className="grid">
            <SeriesCard series={item} headingLevel={2} preloadPoster={index === 0} />
          </li>
        ))}
      </ul>
    </ListingPage>
  )
}
