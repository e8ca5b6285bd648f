import type { Metadata } from 'next'

import { seriesPath } from '@/lib/routes'

import { firstText } from '../clean-text'
import { portableTextSummary } from '../json-ld/shared'
import type { AudienceRatingInput } from '../json-ld/audience-rating'
import { type SeriesSeoInput, tvSeriesJsonLd } from '../json-ld/tv-series'
import { buildMetadata } from '../metadata'

/** `generateMetadata` of /series/[slug]; the share card comes from the route's opengraph-image. */
export function seriesPageMetadata(series: SeriesSeoInput): Metadata {
  const title = series.year ? `${series.title} (${series.year})` : series.title
  return buildMetadata({
    title,
    description: firstText(series.tagline, series.seriesReview?.verdict, portableTextSummary(series.synopsis)),
    path: seriesPath(series.slug ?? ''),
    type: 'video.tv_show',
  })
}

/** `audience`: the readers' ratings, for `aggregateRating`. */
export function seriesPageJsonLd(series: SeriesSeoInput, audience?: AudienceRatingInput | null) {
  return [tvSeriesJsonLd(series, audience)]
}
