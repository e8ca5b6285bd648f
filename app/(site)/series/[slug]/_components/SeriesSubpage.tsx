import type { ReactNode } from 'react'

import { Breadcrumbs } from '@/components/layout/Breadcrumbs'
import { PageContainer } from '@/components/layout/PageContainer'
import { SpoilerShield } from '@/components/spoilers/SpoilerShield'
import { type SeriesSection, seriesPath } from '@/lib/routes'

import { SeriesSectionNav } from './SeriesSectionNav'

export interface SeriesSubpageProps {
  series: { slug: string; title?: string | null; year?: number | null; episodeCount?: number | null }
  section: SeriesSection
  /** The page's heading, also its last breadcrumb. */
  heading: string
  /** Structured data, before the header. */
  jsonLd?: ReactNode
  children: ReactNode
}

/** The frame of a series subpage: where it is, which series, the tabs to its other pages and the spoiler shield. */
export function SeriesSubpage({ series, section, heading, jsonLd, children }: SeriesSubpageProps) {
  const episodeCount = series.episodeCount ?? 0
  return (
    <article className="pb-8">
      {jsonLd}
      <header className="border-b border-rule bg-paper-raised">
        <PageContainer className="space-y-4 py-8">
          <Breadcrumbs
            items={[
              { label: 'Series', href: '/series' },
              { label: series.title ?? 'Series', href: seriesPath(series.slug) },
              { label: heading },
            ]}
          />
          <div>
            <p className="kicker">
              {series.title}
              {series.year ? ` (${series.year})` : null}
            </p>
            <h1 className="mt-1 text-4xl">{heading}</h1>
          </div>
          <SeriesSectionNav slug={series.slug} current={section} />
        </PageContainer>
      </header>
      <PageContainer className="mt-10 space-y-12">
        {episodeCount > 0 ? (
          <SpoilerShield seriesSlug={series.slug} seriesTitle={series.title} episodeCount={episodeCount} />
        ) : null}
        {children}
      </PageContainer>
    </article>
  )
}
