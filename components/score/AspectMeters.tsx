import { useId } from 'react'

import { HowWeScoreLink } from '@/components/score/HowWeScoreLink'
import { ScoreMeter, scoreMeterScaleNote } from '@/components/score/ScoreMeter'
import { ShieldedText } from '@/components/spoilers/ShieldedText'
import { formatScore, SCORE_MAX } from '@/lib/score'

export interface AspectScore {
  _key?: string | null
  aspect?: string | null
  score?: number | null
  verdict?: string | null
  /** The last episode the verdict gives away, e.g. a verdict on the ending. */
  revealsUpToEpisode?: number | null
  spoilerFreeVerdict?: string | null
}

/**
 * One meter per aspect of a review (story, acting, ...) with the critic's one-line verdict. Each meter
 * is named by the aspect and reads "9.2 out of 10"; the number is also printed, and a line under the
 * list says what the bars' scale is. Verdicts marked with an episode follow the spoiler shield of `seriesSlug`.
 */
export function AspectMeters({
  aspects,
  heading = 'How it scores',
  headingLevel = 2,
  seriesSlug,
}: {
  aspects: readonly AspectScore[] | null | undefined
  heading?: string
  headingLevel?: 2 | 3
  seriesSlug?: string | null
}) {
  const headingId = useId()
  const rows = (aspects ?? []).filter(
    (row): row is AspectScore & { aspect: string; score: number } =>
      Boolean(row.aspect) && typeof row.score === 'number',
  )
  if (rows.length === 0) return null
  const Heading = `h${headingLevel}` as const
  return (
    <section aria-labelledby={headingId}>
      <Heading id={headingId} className="text-xl">
        {heading}
      </Heading>
      <ul className="mt-4 space-y-5">
        {rows.map((row, index) => (
          <li key={row._key ?? `${index}-${row.aspect}`}>
            <div className="aspect-head">
              <span>{row.aspect}</span>
              <span aria-hidden="true">
                {formatScore(row.score)}
                <span> / {SCORE_MAX}</span>
              </span>
            </div>
            <ScoreMeter score={row.score} label={row.aspect} className="mt-1.5" />
            {row.verdict ? (
              <p className="aspect-verdict">
                <ShieldedText
                  seriesSlug={seriesSlug}
                  revealsUpTo={row.revealsUpToEpisode}
                  spoilerFree={row.spoilerFreeVerdict}
                >
                  {row.verdict}
                </ShieldedText>
              </p>
            ) : null}
          </li>
        ))}
      </ul>
      <p className="mt-4 font-sans text-sm text-ink-muted">
        {scoreMeterScaleNote()} <HowWeScoreLink />
      </p>
    </section>
  )
}
