import { useId } from 'react'

import {
  AUDIENCE_RATING_MAX,
  formatAudienceAverage,
  histogramRows,
  ratingsCountLabel,
  shownAverage,
} from '@/lib/reactions/audience'
import { IntentLink } from '@/components/links/IntentLink'
import { MINIMUM_RATINGS_FOR_AVERAGE, type AudienceSummary } from '@/lib/reactions/types'

export interface AudienceScoreProps {
  summary: Pick<AudienceSummary, 'count' | 'average' | 'histogram'>
  /** `compact`: one line for cards and beside the critic's score. */
  variant?: 'full' | 'compact'
  headingLevel?: 2 | 3
  className?: string
}

/**
 * What readers think: their average out of 10 (one decimal), how many rated, and how the ratings
 * spread over 1-10 as a table. The count always shows; under the minimum no average or spread does.
 */
export function AudienceScore({ summary, variant = 'full', headingLevel = 3, className = '' }: AudienceScoreProps) {
  const headingId = useId()
  const average = shownAverage(summary)
  const countLabel = ratingsCountLabel(summary.count)

  if (variant === 'compact')
    return (
      <p className={`audience-score ${className}`.trim()} data-audience-score>
        <strong>Readers:</strong>{' '}
        {summary.count === 0 ? (
          'no ratings yet'
        ) : average === null ? (
          `not enough ratings yet (${countLabel})`
        ) : (
          <>
            <strong>{formatAudienceAverage(average)}</strong>
            <span aria-hidden="true">/{AUDIENCE_RATING_MAX}</span>
            <span className="sr-only"> out of {AUDIENCE_RATING_MAX}</span> from {countLabel}
          </>
        )}
      </p>
    )

  const Heading = `h${headingLevel}` as const
  return (
    <section
      aria-labelledby={headingId}
      data-audience-score
      className={`rounded-md border border-rule bg-paper-raised p-5 font-sans sm:p-6 ${className}`.trim()}
    >
      <Heading id={headingId} className="kicker font-sans">
        Audience score
      </Heading>
      {average === null ? (
        <div className="mt-3">
          <p className="text-xl font-semibold text-ink">Not enough ratings yet</p>
          <p className="mt-1 text-sm text-ink-muted">
            {countLabel}
            {summary.count > 0 ? ' so far' : null}; readers see an average from {MINIMUM_RATINGS_FOR_AVERAGE} ratings.
          </p>
        </div>
      ) : (
        <>
          <p className="mt-3 flex flex-wrap items-baseline gap-x-3">
            <span className="text-4xl font-semibold text-ink tabular-nums">{formatAudienceAverage(average)}</span>{' '}
            <span className="text-ink-muted">
              out of {AUDIENCE_RATING_MAX}, from {countLabel}
            </span>
          </p>
          <table className="audience-histogram mt-4 w-full border-collapse text-sm">
            <caption className="mb-2 text-left text-ink-muted">How readers rated it</caption>
            <thead className="sr-only">
              <tr>
                <th scope="col">Rating</th>
                <th scope="col">Share of ratings</th>
                <th scope="col">Ratings</th>
              </tr>
            </thead>
            <tbody>
              {histogramRows(summary).map(({ rating, count, percent }) => (
                <tr key={rating}>
                  <th scope="row">{rating}</th>
                  <td>
                    <span className="audience-bar">
                      <span style={{ width: `${percent}%` }} />
                    </span>
                    <span className="sr-only">{percent}%</span>
                  </td>
                  <td>{count}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </section>
  )
}

/** The compact score beside the critic's, with a link to the reader reviews it comes from. */
export function AudienceScoreLine({ summary, href }: { summary: AudienceScoreProps['summary']; href: string }) {
  return (
    <div className="flex flex-wrap items-baseline gap-x-3">
      <AudienceScore summary={summary} variant="compact" />
      <IntentLink href={href} className="text-sm font-semibold text-accent">
        Reader reviews
      </IntentLink>
    </div>
  )
}
