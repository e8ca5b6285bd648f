import type { Metadata } from 'next'

import { listingPageMetadata } from '@/lib/seo'

import { loadSeriesList, SeriesList, seriesListSeo } from './_components/series-list'

export const metadata: Metadata = listingPageMetadata(seriesListSeo)

export default async function SeriesListPage() {
  // Page 1 exists even for an empty list.
  const list = (await loadSeriesList(1))!
  return <SeriesList list={list} />
}
