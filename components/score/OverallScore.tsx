import { useId } from 'react'

import { ScoreBadge } from '@/components/score/ScoreBadge'
import { ScoreMeter } from '@/components/score/ScoreMeter'
import { SCORE_MAX, scorePercent } from '@/lib/score'

export interface OverallScoreProps {
  score: number
  /** The critic's summary verdict, shown under the score. */
  verdict?: string | null
  heading?: string
  headingLevel?: 2 | 3
  /** Who gave the score, e.g. "Mara Seo". */
  criticName?: string | null
}

/** The score box: the score to one decimal with its band, its percentage, a meter, and the verdict. */
export function OverallScore({
  score,
  verdict,
  heading = 'Our score',
  headingLevel = 2,
  criticName,
}: OverallScoreProps) {
  const headingId = useId()
  const Heading = `h${headingLevel}` as const
  const percent = scorePercent(score)
  return (
    <section aria-labelledby={headingId} className="rounded-md border border-rule bg-paper-raised p-5 sm:p-6">
      <Heading id={headingId} className="kicker font-sans">
        {heading}
      </Heading>
      <div className="mt-3 flex flex-wrap items-end gap-x-5 gap-y-3">
        <ScoreBadge score={score} size="lg" showBand />
        <p className="font-sans text-ink-muted">
          <span className="text-2xl font-semibold text-ink tabular-nums">{percent}%</span>{' '}
          <span className="text-sm">of a perfect {SCORE_MAX}</span>
        </p>
      </div>
      <ScoreMeter score={score} label="Overall score" className="mt-4" />
      {verdict ? <p className="mt-4 font-serif text-lg leading-relaxed">{verdict}</p> : null}
      {criticName ? <p className="mt-2 font-sans text-sm text-ink-muted">Scored by {criticName}</p> : null}
    </section>
  )
}
