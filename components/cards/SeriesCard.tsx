import { AudienceScore } from '@/components/reactions/AudienceScore'
import { ScoreBadge } from '@/components/score/ScoreBadge'
import { nativeScriptLang } from '@/components/format/native-script-lang'
import { ContentImage } from '@/components/media/ContentImage'
import type { AudienceSummary } from '@/lib/reactions/types'
import { hrefForDocument } from '@/lib/routes'

import { CardHeading, type HeadingLevel } from './CardHeading'

type PosterImage = Parameters<typeof ContentImage>[0]['image']

export interface SeriesCardSeries {
  _id?: string | null
  title?: string | null
  originalTitle?: string | null
  slug?: string | null
  year?: number | null
  country?: string | null
  episodeCount?: number | null
  tagline?: string | null
  genres?: readonly string[] | null
  poster?: PosterImage
  /** The series' own review, when there is one. */
  seriesReview?: { score?: number | null } | null
}

/** A series in a list: poster, title in both scripts, year, episodes, its score if reviewed, the readers' score. */
export function SeriesCard({
  series,
  headingLevel = 3,
  preloadPoster = false,
  audience,
}: {
  series: SeriesCardSeries
  headingLevel?: HeadingLevel
  preloadPoster?: boolean
  audience?: AudienceSummary | null
}) {
  const href = hrefForDocument({ _type: 'series', slug: series.slug })
  const facts = [series.year, series.country, series.episodeCount ? `${series.episodeCount} episodes` : null]
    .filter(Boolean)
    .join(' · ')
  return (
    <article className="card overflow-hidden sm:flex-row">
      {series.poster ? (
        <div className="shrink-0 bg-paper-raised sm:w-40">
          <ContentImage
            image={series.poster}
            width={320}
            aspectRatio={2 / 3}
            sizes="(min-width: 640px) 160px, 100vw"
            preload={preloadPoster}
            decorative
            className="h-auto w-full object-cover"
          />
        </div>
      ) : null}
      <div className="flex min-w-0 flex-1 flex-col gap-2 p-5">
        <div className="flex items-start justify-between gap-4">
          <div className="min-w-0">
            <CardHeading level={headingLevel} href={href} className="text-2xl">
              {series.title}
            </CardHeading>
            {series.originalTitle ? (
              <p lang={nativeScriptLang(series.originalTitle)} className="mt-0.5 text-ink-muted">
                {series.originalTitle}
              </p>
            ) : null}
          </div>
          {typeof series.seriesReview?.score === 'number' ? <ScoreBadge score={series.seriesReview.score} /> : null}
        </div>
        {facts ? <p className="text-sm text-ink-muted">{facts}</p> : null}
        {audience ? <AudienceScore summary={audience} variant="compact" /> : null}
        {series.tagline ? <p className="font-serif text-[1.05rem]">{series.tagline}</p> : null}
        {series.genres && series.genres.length > 0 ? (
          <ul className="mt-auto flex flex-wrap gap-2 pt-2 text-xs" aria-label="Genres">
            {series.genres.map((genre) => (
              <li key={genre} className="rounded-full border border-rule px-2.5 py-0.5 text-ink-muted">
                {genre}
              </li>
            ))}
          </ul>
        ) : null}
      </div>
    </article>
  )
}
