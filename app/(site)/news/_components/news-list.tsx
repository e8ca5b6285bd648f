import { NewsCard } from '@/components/cards/NewsCard'

import { ListingPage } from '@/components/layout/ListingPage'
import { pagedList } from '@/lib/content/reader-lists'
import { ARTICLE_LIST_QUERY } from '@/lib/content/queries'
import { type ListPage, NEWS_PER_PAGE } from '@/lib/paging'
import type { ListingSeoInput } from '@/lib/seo'
import type { ARTICLE_LIST_QUERY_RESULT } from '@/sanity.types'

export const newsListSeo: ListingSeoInput = {
  title: 'News',
  description: 'Trailers, premieres and casting news about the series we cover.',
  path: '/news',
}

type Article = ARTICLE_LIST_QUERY_RESULT['items'][number]

export const { load: loadNewsList, laterPages: newsListPageParams } = pagedList({
  query: ARTICLE_LIST_QUERY,
  perPage: NEWS_PER_PAGE,
})

export function NewsList({ list }: { list: ListPage<Article> }) {
  return (
    <ListingPage
      title="News"
      intro="Trailers, premieres and casting, newest first."
      path="/news"
      list={list}
      empty="No news yet."
      width="measure"
    >
      <ul className="space-y-4">
        {list.items.map((article) => (
          <li key={article._id} className="grid">
            <NewsCard article={article} headingLevel={2} showImage={false} />
          </li>
        ))}
      </ul>
    </ListingPage>
  )
}
