import { useId } from 'react'

import { roundScore, SCORE_MAX, SCORE_MIN, scoreLabel } from '@/lib/score'

/**
 * A native <meter> for a 0..10 score, named by `label` and described as "9.3 out of 10". HTML does
 * not allow aria-valuetext on <meter>, so the words live in a hidden element the meter points to:
 * screen readers announce it with the meter, and it is never read a second time as page text.
 */
export function ScoreMeter({ score, label, className }: { score: number; label: string; className?: string }) {
  const descriptionId = useId()
  return (
    <>
      <meter
        className={className ? `score-meter ${className}` : 'score-meter'}
        min={SCORE_MIN}
        max={SCORE_MAX}
        value={roundScore(score)}
        aria-label={label}
        aria-describedby={descriptionId}
      />
      <span id={descriptionId} hidden>
        {scoreLabel(score)}
      </span>
    </>
  )
}
