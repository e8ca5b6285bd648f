import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { pageFromSegment } from '@/lib/content/reader-lists'
import { listingPageMetadata } from '@/lib/seo'

import { loadSeriesList, SeriesList, seriesListPageParams, seriesListSeo } from '../../_components/series-list'

// Pages past the build-time count (the list grew, or drafts add some) render on demand.
export const dynamicParams = true

type Params = Promise<{ page: string }>

export async function generateStaticParams() {
  return seriesListPageParams()
}

async function loadPage(params: Params) {
  const list = await loadSeriesList(pageFromSegment((await params).page))
  if (!list) notFound()
  return list
}

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const list = await loadPage(params)
  return listingPageMetadata({ ...seriesListSeo, page: list.page })
}

export default async function SeriesListLaterPage({ params }: { params: Params }) {
  return <SeriesList list={await loadPage(params)} />
}
