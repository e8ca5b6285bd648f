import { cache } from 'react'

import { CardHeading } from '@/components/cards/CardHeading'
import { cardFrame } from '@/components/cards/card-frame'
import { FormattedDate } from '@/components/format/FormattedDate'
import { ListingPage } from '@/components/layout/ListingPage'
import { contentFetch, getPerspective } from '@/lib/content/fetch'
import { ARTICLE_LIST_QUERY } from '@/lib/content/queries'
import { type ListPage, laterPageParams, loadListPage, NEWS_PER_PAGE, pageSlice } from '@/lib/paging'
import { hrefForDocument } from '@/lib/routes'
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
            <article className={`${cardFrame} gap-1 p-5`}>
              <p className="kicker">
                <FormattedDate value={article.publishedAt} />
                {article.series?.title ? ` · ${article.series.title}` : null}
              </p>
              <CardHeading level={2} href={hrefForDocument({ _type: 'article', slug: article.slug })} className="text-xl">
                {article.title}
              </CardHeading>
              {article.excerpt ? <p className="font-serif text-ink-muted">{article.excerpt}</p> : null}
            </article>
          </li>
        ))}
      </ul>
    </ListingPage>
  )
}
