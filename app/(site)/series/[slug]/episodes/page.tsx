import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { cache } from 'react'

import { FormattedDate } from '@/components/format/FormattedDate'
import { IntentLink } from '@/components/links/IntentLink'
import { ScoreBadge } from '@/components/score/ScoreBadge'
import { ShieldedText } from '@/components/spoilers/ShieldedText'
import { contentFetch, getPerspective } from '@/lib/content/fetch'
import { SERIES_EPISODE_GUIDE_QUERY } from '@/lib/content/queries'
import { episodePath, hrefForDocument } from '@/lib/routes'
import { seriesSectionMetadata } from '@/lib/seo'
import { summarize } from '@/lib/seo/clean-text'

import { seriesStaticParams } from '../_components/series-params'
import { SeriesSubpage } from '../_components/SeriesSubpage'

export const dynamicParams = true

type Params = Promise<{ slug: string }>

/** How much of an episode's synopsis the guide shows: a line or two; the episode page has the rest. */
const TEASER_LENGTH = 180

export function generateStaticParams() {
  return seriesStaticParams()
}

const loadGuide = cache(async (slug: string) => {
  const series = await contentFetch({
    query: SERIES_EPISODE_GUIDE_QUERY,
    params: { slug },
    perspective: await getPerspective(),
  })
  return series?.slug ? { ...series, slug: series.slug } : null
})

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const series = await loadGuide((await params).slug)
  if (!series) notFound()
  return seriesSectionMetadata(series, 'episodes')
}

/** /series/<slug>/episodes: every episode with a teaser of its synopsis, its director and score; then the arcs. */
export default async function SeriesEpisodeGuidePage({ params }: { params: Params }) {
  const series = await loadGuide((await params).slug)
  if (!series) notFound()
  const slug = series.slug

  return (
    <SeriesSubpage series={series} section="episodes" heading="Episode guide">
      <section aria-labelledby="episodes" className="space-y-4">
        <h2 id="episodes" className="text-2xl">
          {series.episodes.length === 1 ? 'One episode' : `${series.episodes.length} episodes`}
        </h2>
        {series.episodes.length > 0 ? (
          <ol className="divide-y divide-rule border-y border-rule">
            {series.episodes.map((episode) => {
              const teaser = summarize(episode.synopsisOpening, TEASER_LENGTH)
              const score = episode.review?.score
              return (
                <li key={episode._id} className="space-y-1 py-4">
                  <h3 className="flex flex-wrap items-baseline gap-x-2 text-lg">
                    <span className="kicker">Episode {episode.number}</span>
                    {typeof episode.number === 'number' ? (
                      <IntentLink href={episodePath(slug, episode.number)} className="text-link">
                        {episode.title}
                      </IntentLink>
                    ) : (
                      episode.title
                    )}
                  </h3>
                  <p className="flex flex-wrap items-center gap-x-3 text-sm text-ink-muted">
                    {typeof score === 'number' ? <ScoreBadge score={score} size="sm" showBand={false} /> : null}
                    {episode.directors?.length ? (
                      <span>Directed by {episode.directors.map((director) => director.name).join(' and ')}</span>
                    ) : null}
                    <FormattedDate value={episode.airDate} />
                    {episode.runtimeMinutes ? <span>{episode.runtimeMinutes} min</span> : null}
                  </p>
                  {teaser ? (
                    <p className="font-serif text-ink-muted">
                      <ShieldedText seriesSlug={slug} revealsUpTo={episode.number}>
                        {teaser}
                      </ShieldedText>
                    </p>
                  ) : null}
                </li>
              )
            })}
          </ol>
        ) : (
          <p className="text-ink-muted">No episodes are listed yet.</p>
        )}
      </section>

      {series.arcs?.length ? (
        <section aria-labelledby="arcs" className="space-y-4">
          <h2 id="arcs" className="text-2xl">
            Story arcs and their directors
          </h2>
          <ol className="grid gap-4 sm:grid-cols-2">
            {series.arcs.map((arc) => (
              <li key={arc._key} className="rounded-md border border-rule p-4">
                <p className="kicker">
                  Episodes {arc.firstEpisode}–{arc.lastEpisode}
                </p>
                <h3 className="mt-1 text-lg">{arc.title}</h3>
                {arc.directors?.length ? (
                  <p className="mt-1 text-sm">
                    Directed by{' '}
                    {arc.directors.map((director, index) => (
                      <span key={director._id}>
                        {index > 0 ? ' and ' : null}
                        <IntentLink
                          href={hrefForDocument({ _type: 'person', slug: director.slug }) ?? '/people'}
                          className="text-link"
                        >
                          {director.name}
                        </IntentLink>
                      </span>
                    ))}
                  </p>
                ) : null}
                {arc.summary ? (
                  <p className="mt-2 font-serif text-ink-muted">
                    <ShieldedText
                      seriesSlug={slug}
                      revealsUpTo={arc.lastEpisode}
                      coversFrom={arc.firstEpisode}
                      spoilerFree={arc.spoilerFreeSummary}
                    >
                      {arc.summary}
                    </ShieldedText>
                  </p>
                ) : null}
              </li>
            ))}
          </ol>
        </section>
      ) : null}
    </SeriesSubpage>
  )
}
