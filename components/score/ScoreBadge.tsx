import type { CSSProperties } from 'react'
import { formatScore, scoreBand, scoreLabel, scoreSentence } from '@/lib/score'

export type ScoreBadgeSize = 'sm' | 'md' | 'lg'

export interface ScoreBadgeProps {
  /** 0..10; rounded to one decimal for display. */
  score: number
  size?: ScoreBadgeSize
  /** Show the band ("Must watch") beside the number. */
  showBand?: boolean
  className?: string
}

const SIZES: Record<ScoreBadgeSize, { fontSize: string; padding: string; minWidth: string }> = {
  sm: { fontSize: '0.8125rem', padding: '0.125rem 0.375rem', minWidth: '2.25rem' },
  md: { fontSize: '1rem', padding: '0.25rem 0.5rem', minWidth: '2.75rem' },
  lg: { fontSize: '1.75rem', padding: '0.375rem 0.75rem', minWidth: '4.5rem' },
}

// Inline styles throughout, so the badge looks the same in the Studio, which does not load the site's stylesheet.
const visuallyHidden: CSSProperties = {
  position: 'absolute',
  width: '1px',
  height: '1px',
  padding: 0,
  margin: '-1px',
  overflow: 'hidden',
  clipPath: 'inset(50%)',
  whiteSpace: 'nowrap',
  border: 0,
}

/**
 * The score to one decimal on its band's colour, as plain text: callers say what it is out of.
 * `decorative` hides it from screen readers where a sentence nearby already says it.
 */
export function ScoreNumber({
  score,
  size = 'md',
  decorative = false,
}: {
  score: number
  size?: ScoreBadgeSize
  decorative?: boolean
}) {
  const { fontSize, padding, minWidth } = SIZES[size]
  const style: CSSProperties = {
    display: 'inline-block',
    minWidth,
    padding,
    borderRadius: '0.375rem',
    background: scoreBand(score).colour,
    color: '#ffffff',
    fontSize,
    fontWeight: 700,
    lineHeight: 1.2,
    textAlign: 'center',
    fontVariantNumeric: 'tabular-nums',
  }
  return (
    <span aria-hidden={decorative || undefined} style={style}>
      {formatScore(score)}
    </span>
  )
}

/**
 * A review score as readers see it: "9.3" on the band's colour, optionally followed by the band label.
 * Screen readers get one sentence instead of the pieces: "Scored 9.3 out of 10: Must watch".
 * Renders on the server; no hooks, no client code.
 */
export function ScoreBadge({ score, size = 'md', showBand = true, className }: ScoreBadgeProps) {
  const band = scoreBand(score)
  return (
    <span
      className={className ? `score-badge ${className}` : 'score-badge'}
      data-band={band.id}
      style={{ display: 'inline-flex', alignItems: 'center', gap: '0.5em' }}
    >
      <span style={visuallyHidden}>{showBand ? scoreSentence(score) : `Scored ${scoreLabel(score)}`}</span>
      <ScoreNumber score={score} size={size} decorative />
      {showBand ? (
        <span aria-hidden="true" style={{ fontSize: size === 'lg' ? '1rem' : '0.8125rem', fontWeight: 600 }}>
          {band.label}
        </span>
      ) : null}
    </span>
  )
}
