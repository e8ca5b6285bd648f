import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { cache } from 'react'

import { CreditList } from '@/components/cards/CreditList'
import { ShieldedText } from '@/components/spoilers/ShieldedText'
import { characterLabel } from '@/lib/cast'
import { contentFetch, getPerspective } from '@/lib/content/fetch'
import { SERIES_CAST_QUERY } from '@/lib/content/queries'
import { characterAnchor } from '@/lib/routes'
import { seriesSectionMetadata } from '@/lib/seo'

import { billingLabel } from '../_components/billing'
import { seriesStaticParams } from '../_components/series-params'
import { SeriesSubpage } from '../_components/SeriesSubpage'
import { crewCredits } from './crew'

export const dynamicParams = true

type Params = Promise<{ slug: string }>

export function generateStaticParams() {
  return seriesStaticParams()
}

const loadCast = cache(async (slug: string) => {
  const series = await contentFetch({ query: SERIES_CAST_QUERY, params: { slug }, perspective: await getPerspective() })
  return series?.slug ? { ...series, slug: series.slug } : null
})

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const series = await loadCast((await params).slug)
  if (!series) notFound()
  return seriesSectionMetadata(series, 'cast')
}

/** /series/<slug>/cast: every character, who plays them and who they are; then who directed and wrote. */
export default async function SeriesCastPage({ params }: { params: Params }) {
  const series = await loadCast((await params).slug)
  if (!series) notFound()
  const slug = series.slug
  const directors = crewCredits(series.episodes, 'directors')
  const writers = crewCredits(series.episodes, 'writers')

  return (
    <SeriesSubpage series={series} section="cast" heading="Cast and crew">
      <section aria-labelledby="characters" className="space-y-4">
        <h2 id="characters" className="text-2xl">
          Cast and characters
        </h2>
        {series.cast.length > 0 ? (
          <CreditList
            credits={series.cast.map((character) => ({
              key: character._id,
              anchorId: characterAnchor(character._id),
              label: characterLabel(character.name),
              people: [character.actor],
              note: (
                <>
                  {billingLabel(character.billing)}
                  {character.description ? (
                    <span className="mt-0.5 block">
                      <ShieldedText
                        seriesSlug={slug}
                        revealsUpTo={character.descriptionRevealsUpTo}
                        spoilerFree={character.spoilerFreeDescription}
                      >
                        {character.description}
                      </ShieldedText>
                    </span>
                  ) : null}
                </>
              ),
            }))}
          />
        ) : (
          <p className="text-ink-muted">The cast has not been announced yet.</p>
        )}
      </section>

      {directors.length > 0 || writers.length > 0 ? (
        <section aria-labelledby="crew" className="space-y-4">
          <h2 id="crew" className="text-2xl">
            Crew
          </h2>
          <CreditList
            credits={[
              ...directors.map(({ person, episodes }) => ({
                key: `director-${person._id}`,
                label: 'Directed by',
                people: [person],
                note: episodes,
              })),
              ...writers.map(({ person, episodes }) => ({
                key: `writer-${person._id}`,
                label: 'Written by',
                people: [person],
                note: episodes,
              })),
            ]}
          />
        </section>
      ) : null}
    </SeriesSubpage>
  )
}
