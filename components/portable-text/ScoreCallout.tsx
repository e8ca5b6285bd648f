import { ScoreNumber } from '@/components/score/ScoreBadge'
import { SCORE_MAX, scoreBand } from '@/lib/score'

export interface ScoreCalloutValue {
  _type: 'scoreCallout'
  _key?: string
  score?: number | null
  label?: string | null
}

/**
 * A score mentioned inside a sentence. It reads as words, to the eye and to a screen reader alike:
 * "Acting scored 9.6 out of 10: Must watch", the number on its band's colour like every other badge.
 */
export function ScoreCallout({ value }: { value: ScoreCalloutValue }) {
  if (typeof value.score !== 'number') return value.label ? <>{value.label}</> : null
  return (
    <span className="score-callout font-sans text-[0.9em]" data-band={scoreBand(value.score).id}>
      {value.label ? `${value.label} scored ` : 'Scored '}
      <ScoreNumber score={value.score} size="sm" /> out of {SCORE_MAX}: {scoreBand(value.score).label}
    </span>
  )
}
