import type { Metadata } from 'next'

import { episodePath } from '@/lib/routes'

import { firstText } from '../clean-text'
import { portableTextSummary } from '../json-ld/shared'
import type { AudienceRatingInput } from '../json-ld/audience-rating'
import { type EpisodeSeoInput, tvEpisodeJsonLd } from '../json-ld/tv-episode'
import { buildMetadata } from '../metadata'

/** `generateMetadata` of /series/[slug]/episodes/[number]. */
export function episodePageMetadata(episode: EpisodeSeoInput): Metadata {
  const seriesTitle = episode.series?.title ?? 'Series'
  const number = episode.number ?? 0
  return buildMetadata({
    title: episode.title ? `${seriesTitle}, episode ${number}: ${episode.title}` : `${seriesTitle}, episode ${number}`,
    // The synopsis summary leaves spoiler blocks out; the review verdict is the fallback.
    description: firstText(
      portableTextSummary(episode.synopsis),
      episode.review?.verdict,
      `Episode ${number} of ${seriesTitle}: guide, review and credits.`,
    ),
    path: episodePath(episode.series?.slug ?? '', number),
    type: 'video.episode',
  })
}

/** `audience`: the readers' ratings, for `aggregateRating`. */
export function episodePageJsonLd(episode: EpisodeSeoInput, audience?: AudienceRatingInput | null) {
  return [tvEpisodeJsonLd(episode, audience)]
}
