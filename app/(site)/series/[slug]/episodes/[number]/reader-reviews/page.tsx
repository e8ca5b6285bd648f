import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { cache } from 'react'

import { contentFetch, getPerspective } from '@/lib/content/fetch'
import { EPISODE_READER_REVIEWS_QUERY } from '@/lib/content/queries'
import { episodePath, readerReviewsPath, seriesPath } from '@/lib/routes'
import { buildMetadata } from '@/lib/seo'

import { loadReaderReviewsPage, ReaderReviewsPage } from '../../../../_components/reader-reviews-page'

type Params = Promise<{ slug: string; number: string }>
type SearchParams = Promise<Record<string, string | string[] | undefined>>

const loadEpisode = cache(async (slug: string, segment: string) => {
  // Same rule as the episode page: "5" is an episode, "05" or "five" is not.
  if (!/^[1-9]\d{0,3}$/.test(segment)) return null
  const episode = await contentFetch({
    query: EPISODE_READER_REVIEWS_QUERY,
    params: { slug, number: Number(segment) },
    perspective: await getPerspective(),
  })
  const series = episode?.series
  if (!episode || !series?.slug || typeof episode.number !== 'number') return null
  return { ...episode, number: episode.number, series: { ...series, slug: series.slug } }
})

const pageTitle = (episode: { number: number; series: { title: string | null } }) =>
  `Reader reviews of ${episode.series.title}, episode ${episode.number}`

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { slug, number } = await params
  const episode = await loadEpisode(slug, number)
  if (!episode) notFound()
  return buildMetadata({
    title: pageTitle(episode),
    description: `What readers think of episode ${episode.number} of ${episode.series.title}: ratings and reviews.`,
    path: readerReviewsPath(episode.series.slug, episode.number),
  })
}

export default async function EpisodeReaderReviewsPage({
  params,
  searchParams,
}: {
  params: Params
  searchParams: SearchParams
}) {
  const { slug, number } = await params
  const episode = await loadEpisode(slug, number)
  if (!episode) notFound()
  const { series } = episode
  const basePath = readerReviewsPath(series.slug, episode.number)
  const data = await loadReaderReviewsPage(episode._id, basePath, await searchParams)
  if (!data) notFound()
  return (
    <ReaderReviewsPage
      data={data}
      basePath={basePath}
      title={pageTitle(episode)}
      breadcrumbs={[
        { label: 'Series', href: '/series' },
        { label: series.title ?? 'Series', href: seriesPath(series.slug) },
        { label: `Episode ${episode.number}`, href: episodePath(series.slug, episode.number) },
        { label: 'Reader reviews' },
      ]}
      series={series}
      episodeNumber={episode.number}
    />
  )
}
