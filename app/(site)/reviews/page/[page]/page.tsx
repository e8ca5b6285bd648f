import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { pageFromSegment } from '@/lib/content/reader-lists'
import { listingPageMetadata } from '@/lib/seo'

import { loadReviewList, ReviewList, reviewListPageParams, reviewListSeo } from '../../_components/review-list'

// Pages past the build-time count (the list grew, or drafts add some) render on demand.
export const dynamicParams = true

type Params = Promise<{ page: string }>

export async function generateStaticParams() {
  return reviewListPageParams()
}

async function loadPage(params: Params) {
  const list = await loadReviewList(pageFromSegment((await params).page))
  if (!list) notFound()
  return list
}

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const list = await loadPage(params)
  return listingPageMetadata({ ...reviewListSeo, page: list.page })
}

export default async function ReviewListLaterPage({ params }: { params: Params }) {
  return <ReviewList list={await loadPage(params)} />
}
