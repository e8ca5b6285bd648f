import { cache } from 'react'
import { NewsCard } from '@/components/cards/NewsCard'

import { ListingPage } from '@/components/layout/ListingPage'
import { contentFetch, getPerspective } from '@/lib/content/fetch'
import { ARTICLE_LIST_QUERY } from '@/lib/content/queries'
import { type ListPage, laterPageParams, loadListPage, NEWS_PER_PAGE, pageSlice } from '@/lib/paging'
import type { ListingSeoInput } from '@/lib/seo'
import type { ARTICLE_LIST_QUERY_RESULT } from '@/sanity.types'

/** Shared by /news and /news/page/[page], so every page of the list expires together. */
const tags = ['article', 'series']

export const newsListSeo: ListingSeoInput = {
  title: 'News',
  description: 'Trailers, premieres and casting news about the series we cover.',
  path: '/news',
}

type Article = ARTICLE_LIST_QUERY_RESULT['items'][number]

/** One page of news in the request's perspective; null past the last page. */
export const loadNewsList = cache(async (page: number): Promise<ListPage<Article> | null> => {
  const perspective = await getPerspective()
  return loadListPage((slice) => contentFetch({ query: ARTICLE_LIST_QUERY, params: slice, perspective, tags }), page, NEWS_PER_PAGE)
})

/** Pages 2 and on of the published list, prerendered at build time. */
export async function newsListPageParams() {
  const { total } = await contentFetch({ query: ARTICLE_LIST_QUERY, params: pageSlice(1, NEWS_PER_PAGE), tags })
  return laterPageParams(total, NEWS_PER_PAGE)
}

export function NewsList({ list }: { list: ListPage<Article> }) {
  return (
    <ListingPage title="News" intro="Trailers, premieres and casting, newest first." path="/news" list={list} empty="No news yet." width="measure">
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
