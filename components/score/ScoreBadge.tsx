import type { CSSProperties } from 'react'
import { formatScore, scoreBand, scoreLabel } from '@/lib/score'

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

/**
 * A review score as readers see it: "9.3" on the band's colour, read aloud as "9.3 out of 10",
 * optionally followed by the band label. Renders on the server; no hooks, no client code.
 */
export function ScoreBadge({ score, size = 'md', showBand = true, className }: ScoreBadgeProps) {
  const band = scoreBand(score)
  const { fontSize, padding, minWidth } = SIZES[size]

  const number: CSSProperties = {
    display: 'inline-block',
    minWidth,
    padding,
    borderRadius: '0.375rem',
    // Inline, so the badge looks the same in the Studio, which does not load the site's stylesheet.
    background: band.colour,
    color: '#ffffff',
    fontSize,
    fontWeight: 700,
    lineHeight: 1.2,
    textAlign: 'center',
    fontVariantNumeric: 'tabular-nums',
  }

  return (
    <span
      className={className ? `score-badge ${className}` : 'score-badge'}
      data-band={band.id}
      style={{ display: 'inline-flex', alignItems: 'center', gap: '0.5em' }}
    >
      <span role="img" aria-label={scoreLabel(score)} style={number}>
        {formatScore(score)}
      </span>
      {showBand ? (
        <span style={{ fontSize: size === 'lg' ? '1rem' : '0.8125rem', fontWeight: 600 }}>{band.label}</span>
      ) : null}
    </span>
  )
}
