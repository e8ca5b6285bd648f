import type { Metadata } from 'next'

import { type SeriesSection, seriesPath, seriesSectionPath } from '@/lib/routes'

import { TOP_CAST_SIZE } from '@/lib/cast'

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

const sectionPages: Record<SeriesSection, { title: string; description: string }> = {
  cast: {
    title: 'Cast and crew of {series}',
    description: 'Who plays whom in {series}: every character with the actor, and who directed and wrote each episode.',
  },
  episodes: {
    title: 'Episode guide: {series}',
    description: 'Every episode of {series}: what happens, who directed it and how our critics scored it.',
  },
  reviews: {
    title: 'Reviews of {series}',
    description: "Every critic's review of {series} and of its episodes, with their scores.",
  },
}

/** `generateMetadata` of the subpages of a series (its cast, episode guide and reviews). */
export function seriesSectionMetadata(
  series: { title?: string | null; year?: number | null; slug?: string | null },
  section: SeriesSection,
): Metadata {
  const name = series.year ? `${series.title} (${series.year})` : (series.title ?? 'this series')
  const page = sectionPages[section]
  return buildMetadata({
    title: page.title.replace('{series}', name),
    description: page.description.replace('{series}', series.title ?? 'this series'),
    path: seriesSectionPath(series.slug ?? '', section),
    type: 'video.tv_show',
  })
}

/**
 * The overview's TVSeries names what the page shows: the top-billed cast, and the episode count
 * without an entry per episode (each episode page carries its own TVEpisode). So its structured
 * data, sent twice (HTML and inline payload), does not grow with the cast or the episodes.
 * `audience`: the readers' ratings, for `aggregateRating`.
 */
export function seriesPageJsonLd(series: SeriesSeoInput, audience?: AudienceRatingInput | null) {
  return [tvSeriesJsonLd({ ...series, cast: series.cast?.slice(0, TOP_CAST_SIZE) }, audience, { listEpisodes: false })]
}
