import { ScoreBadge } from '@/components/score/ScoreBadge'

export interface ScoreCalloutValue {
  _type: 'scoreCallout'
  _key?: string
  score?: number | null
  label?: string | null
}

/** A score mentioned inside a sentence, shown with the same badge as everywhere else. */
export function ScoreCallout({ value }: { value: ScoreCalloutValue }) {
  if (typeof value.score !== 'number') return value.label ? <>{value.label}</> : null
  return (
    <span className="inline-flex items-baseline gap-1.5 align-baseline font-sans text-[0.9em] whitespace-nowrap">
      {value.label ? <span>{value.label}</span> : null}
      <ScoreBadge score={value.score} size="sm" showBand={false} />
    </span>
  )
}
