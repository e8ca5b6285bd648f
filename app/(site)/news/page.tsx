import type { Metadata } from 'next'

import { listingPageMetadata } from '@/lib/seo'

import { loadNewsList, NewsList, newsListSeo } from './_components/news-list'

export const metadata: Metadata = listingPageMetadata(newsListSeo)

export default async function NewsListPage() {
  // Page 1 exists even for an empty list.
  const list = (await loadNewsList(1))!
  return <NewsList list={list} />
}
