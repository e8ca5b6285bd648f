import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { cache } from 'react'

import { ReviewCardList } from '@/components/cards/ReviewCardList'
import { contentFetch, getPerspective } from '@/lib/content/fetch'
import { SERIES_REVIEWS_QUERY } from '@/lib/content/queries'
import { readReviewCardAudiences } from '@/lib/reactions/page-reads'
import { seriesSectionMetadata } from '@/lib/seo'

import { seriesStaticParams } from '../_components/series-params'
import { SeriesSubpage } from '../_components/SeriesSubpage'

export const dynamicParams = true

type Params = Promise<{ slug: string }>

export function generateStaticParams() {
  return seriesStaticParams()
}

const loadReviews = cache(async (slug: string) => {
  const series = await contentFetch({
    query: SERIES_REVIEWS_QUERY,
    params: { slug },
    perspective: await getPerspective(),
  })
  return series?.slug ? { ...series, slug: series.slug } : null
})

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const series = await loadReviews((await params).slug)
  if (!series) notFound()
  return seriesSectionMetadata(series, 'reviews')
}

/** /series/<slug>/reviews: the reviews of the whole series, newest first, then those of each episode in order. */
export default async function SeriesReviewsPage({ params }: { params: Params }) {
  const series = await loadReviews((await params).slug)
  if (!series) notFound()
  const audienceOf = await readReviewCardAudiences(series.reviews)
  const ofEpisodes = series.reviews
    .filter((review) => review.kind === 'episode')
    .toSorted((a, b) => (a.firstEpisode ?? 0) - (b.firstEpisode ?? 0))
  const ofSeries = series.reviews.filter((review) => review.kind !== 'episode')
  const groups = [
    { id: 'series-reviews', heading: 'Of the series', reviews: ofSeries },
    { id: 'episode-reviews', heading: 'Episode by episode', reviews: ofEpisodes },
  ].filter((group) => group.reviews.length > 0)

  return (
    <SeriesSubpage series={series} section="reviews" heading="Reviews">
      {groups.length === 0 ? <p className="text-ink-muted">No reviews yet.</p> : null}
      {groups.map((group) => (
        <section key={group.id} aria-labelledby={group.id} className="space-y-4">
          <h2 id={group.id} className="text-2xl">
            {group.heading}
          </h2>
          <ReviewCardList
            showSeries={false}
            items={group.reviews.map((review) => ({ review, audience: audienceOf(review) }))}
          />
        </section>
      ))}
    </SeriesSubpage>
  )
}
