import { SeriesCard } from '@/components/cards/SeriesCard'
import { ListingPage } from '@/components/layout/ListingPage'
import { pagedList } from '@/lib/content/reader-lists'
import { SERIES_LIST_QUERY } from '@/lib/content/queries'
import { type ListPage, SERIES_PER_PAGE } from '@/lib/paging'
import { readCardAudiences } from '@/lib/reactions/page-reads'
import type { ListingSeoInput } from '@/lib/seo'
import type { SERIES_LIST_QUERY_RESULT } from '@/sanity.types'

export const seriesListSeo: ListingSeoInput = {
  title: 'Series',
  description: 'Every series we cover, with our score, episode guides and cast.',
  path: '/series',
}

type Series = SERIES_LIST_QUERY_RESULT['items'][number]

export const { load: loadSeriesList, laterPages: seriesListPageParams } = pagedList({
  query: SERIES_LIST_QUERY,
  perPage: SERIES_PER_PAGE,
})

export async function SeriesList({ list }: { list: ListPage<Series> }) {
  const audienceOf = await readCardAudiences(list.items.map((item) => item._id))
  return (
    <ListingPage
      title="Series"
      intro="Every series we cover, with our score, an episode-by-episode guide and the people who made it."
      path="/series"
      list={list}
      empty="No series yet."
    >
      <ul className="grid gap-6 lg:grid-cols-2">
        {list.items.map((item, index) => (
          <li key={item._id} className="grid">
            <SeriesCard series={item} headingLevel={2} preloadPoster={index === 0} audience={audienceOf(item._id)} />
          </li>
        ))}
      </ul>
    </ListingPage>
  )
}
