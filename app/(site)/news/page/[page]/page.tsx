import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { pageFromSegment } from '@/lib/content/reader-lists'
import { listingPageMetadata } from '@/lib/seo'

import { loadNewsList, NewsList, newsListPageParams, newsListSeo } from '../../_components/news-list'

// Pages past the build-time count (the list grew, or drafts add some) render on demand.
export const dynamicParams = true

type Params = Promise<{ page: string }>

export async function generateStaticParams() {
  return newsListPageParams()
}

async function loadPage(params: Params) {
  const list = await loadNewsList(pageFromSegment((await params).page))
  if (!list) notFound()
  return list
}

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const list = await loadPage(params)
  return listingPageMetadata({ ...newsListSeo, page: list.page })
}

export default async function NewsListLaterPage({ params }: { params: Params }) {
  return <NewsList list={await loadPage(params)} />
}
