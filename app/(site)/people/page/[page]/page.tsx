import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { pageFromSegment } from '@/lib/content/reader-lists'
import { listingPageMetadata } from '@/lib/seo'

import { loadPeopleList, PeopleList, peopleListPageParams, peopleListSeo } from '../../_components/people-list'

// Pages past the build-time count (the list grew, or drafts add some) render on demand.
export const dynamicParams = true

type Params = Promise<{ page: string }>

export async function generateStaticParams() {
  return peopleListPageParams()
}

async function loadPage(params: Params) {
  const list = await loadPeopleList(pageFromSegment((await params).page))
  if (!list) notFound()
  return list
}

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const list = await loadPage(params)
  return listingPageMetadata({ ...peopleListSeo, page: list.page })
}

export default async function PeopleListLaterPage({ params }: { params: Params }) {
  return <PeopleList list={await loadPage(params)} />
}
