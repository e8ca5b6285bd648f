import { useId, type ReactNode } from 'react'

import { HowWeScoreLink } from '@/components/score/HowWeScoreLink'
import { ScoreBadge } from '@/components/score/ScoreBadge'
import { ScoreMeter } from '@/components/score/ScoreMeter'

export interface OverallScoreProps {
  score: number
  /** The critic's summary verdict, shown under the score (may be shielded text). */
  verdict?: ReactNode
  heading?: string
  headingLevel?: 2 | 3
  /** Who gave the score, e.g. "Mara Seo". */
  criticName?: string | null
}

/** The score box: the score to one decimal with its band, a meter, the verdict, and how we score. */
export function OverallScore({
  score,
  verdict,
  heading = 'Our score',
  headingLevel = 2,
  criticName,
}: OverallScoreProps) {
  const headingId = useId()
  const Heading = `h${headingLevel}` as const
  return (
    <section aria-labelledby={headingId} className="rounded-md border border-rule bg-paper-raised p-5 sm:p-6">
      <Heading id={headingId} className="kicker font-sans">
        {heading}
      </Heading>
      <div className="mt-3">
        <ScoreBadge score={score} size="lg" showBand />
      </div>
      <ScoreMeter score={score} label="Overall score" className="mt-4" />
      {verdict ? <p className="mt-4 font-serif text-lg leading-relaxed">{verdict}</p> : null}
      {criticName ? <p className="mt-2 font-sans text-sm text-ink-muted">Scored by {criticName}</p> : null}
      <p className="mt-3">
        <HowWeScoreLink />
      </p>
    </section>
  )
}
