import { METER_FLOOR, METER_MARKS, meterFraction, roundScore, SCORE_MAX, SCORE_MIN, scoreLabel } from '@/lib/score'

// To a tenth of a percent: finer than a pixel, and free of floating-point dust in the markup.
const percentAlong = (score: number) => `${Math.round(meterFraction(score) * 1000) / 10}%`

/**
 * A score as a bar, for telling scores apart at a glance. Its value is the score on the 0 to 10 scale
 * ("9.3 out of 10" to screen readers), but the bar is drawn from METER_FLOOR, where reviews' scores sit,
 * with a mark where each band above it begins. role="meter" rather than <meter>, because a native meter
 * draws its value against the same min and max it announces.
 */
export function ScoreMeter({ score, label, className }: { score: number; label: string; className?: string }) {
  return (
    <span
      role="meter"
      aria-label={label}
      aria-valuemin={SCORE_MIN}
      aria-valuemax={SCORE_MAX}
      aria-valuenow={roundScore(score)}
      aria-valuetext={scoreLabel(score)}
      className={className ? `score-meter ${className}` : 'score-meter'}
    >
      <span className="score-meter-fill" style={{ width: percentAlong(score) }} />
      {METER_MARKS.map((band) => (
        <span key={band.id} className="score-meter-mark" style={{ left: percentAlong(band.minimum) }} />
      ))}
    </span>
  )
}

/** One line under a group of meters saying what their scale is, from the same bands the marks come from. */
export function scoreMeterScaleNote(): string {
  const listed = new Intl.ListFormat('en-GB').format(METER_MARKS.map((band) => `${band.label} (${band.minimum})`))
  return `Bars run from ${METER_FLOOR} to ${SCORE_MAX}; the marks show where ${listed} begin.`
}
