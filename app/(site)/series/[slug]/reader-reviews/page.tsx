import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { cache } from 'react'

import { contentFetch, getPerspective } from '@/lib/content/fetch'
import { SERIES_READER_REVIEWS_QUERY } from '@/lib/content/queries'
import { readerReviewsPath, seriesPath } from '@/lib/routes'
import { buildMetadata } from '@/lib/seo'

import { loadReaderReviewsPage, ReaderReviewsPage } from '../../_components/reader-reviews-page'

type Params = Promise<{ slug: string }>
type SearchParams = Promise<Record<string, string | string[] | undefined>>

const loadSeries = cache(async (slug: string) => {
  const series = await contentFetch({
    query: SERIES_READER_REVIEWS_QUERY,
    params: { slug },
    perspective: await getPerspective(),
  })
  return series?.slug ? { ...series, slug: series.slug } : null
})

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const series = await loadSeries((await params).slug)
  if (!series) notFound()
  return buildMetadata({
    title: `Reader reviews of ${series.title}`,
    description: `What readers think of ${series.title}: their ratings and reviews, most helpful first.`,
    path: readerReviewsPath(series.slug),
  })
}

export default async function SeriesReaderReviewsPage({
  params,
  searchParams,
}: {
  params: Params
  searchParams: SearchParams
}) {
  const series = await loadSeries((await params).slug)
  if (!series) notFound()
  const basePath = readerReviewsPath(series.slug)
  const data = await loadReaderReviewsPage(series._id, basePath, await searchParams)
  if (!data) notFound()
  return (
    <ReaderReviewsPage
      data={data}
      basePath={basePath}
      title={`Reader reviews of ${series.title}`}
      breadcrumbs={[
        { label: 'Series', href: '/series' },
        { label: series.title ?? 'Series', href: seriesPath(series.slug) },
        { label: 'Reader reviews' },
      ]}
      series={series}
    />
  )
}
