import type { ReactNode } from 'react'

import { FormattedDate } from '@/components/format/FormattedDate'
import type { SERIES_PAGE_QUERY_RESULT } from '@/sanity.types'

type Series = NonNullable<SERIES_PAGE_QUERY_RESULT>

/** The at-a-glance facts under a series title: where and when, how many episodes, how long. */
export function SeriesFacts({ series }: { series: Series }) {
  const facts: { label: string; value: ReactNode }[] = []
  if (series.country || series.year)
    facts.push({ label: 'Origin', value: [series.country, series.year].filter(Boolean).join(', ') })
  if (series.episodeCount) {
    const runtime = series.episodeRuntimeMinutes ? `, about ${series.episodeRuntimeMinutes} minutes each` : ''
    facts.push({ label: 'Episodes', value: `${series.episodeCount}${runtime}` })
  }
  if (series.premiereDate) {
    const sameDay = series.finaleDate === series.premiereDate
    facts.push({
      label: sameDay || !series.finaleDate ? 'Released' : 'Aired',
      value:
        sameDay || !series.finaleDate ? (
          <FormattedDate value={series.premiereDate} />
        ) : (
          <>
            <FormattedDate value={series.premiereDate} /> to <FormattedDate value={series.finaleDate} />
          </>
        ),
    })
  }
  if (series.genres?.length) facts.push({ label: 'Genres', value: series.genres.join(', ') })
  if (facts.length === 0) return null
  return (
    <dl className="grid max-w-measure grid-cols-[max-content_1fr] gap-x-5 gap-y-1.5 text-[0.95rem]">
      {facts.map((fact) => (
        <div key={fact.label} className="contents">
          <dt className="text-ink-muted">{fact.label}</dt>
          <dd>{fact.value}</dd>
        </div>
      ))}
    </dl>
  )
}
