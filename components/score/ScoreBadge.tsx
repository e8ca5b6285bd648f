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
  /**
   * Style every part inline, for the Studio, which does not load the site's stylesheet. On the site
   * the badge uses the stylesheet's classes: a list of cards then carries a few class names per
   * badge instead of about 450 bytes of styles, twice (HTML and inline payload).
   */
  inlineStyles?: boolean
}

const SIZES: Record<ScoreBadgeSize, { fontSize: string; padding: string; minWidth: string }> = {
  sm: { fontSize: '0.8125rem', padding: '0.125rem 0.375rem', minWidth: '2.25rem' },
  md: { fontSize: '1rem', padding: '0.25rem 0.5rem', minWidth: '2.75rem' },
  lg: { fontSize: '1.75rem', padding: '0.375rem 0.75rem', minWidth: '4.5rem' },
}

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

function numberStyle(score: number, size: ScoreBadgeSize, inlineStyles: boolean): CSSProperties {
  // The band's colour stays inline everywhere: SCORE_BANDS is its one source.
  const background = scoreBand(score).colour
  if (!inlineStyles) return { background }
  return {
    ...SIZES[size],
    display: 'inline-block',
    borderRadius: '0.375rem',
    background,
    color: '#ffffff',
    fontWeight: 700,
    lineHeight: 1.2,
    textAlign: 'center',
    fontVariantNumeric: 'tabular-nums',
  }
}

/**
 * The score to one decimal on its band's colour, as plain text: callers say what it is out of.
 * `decorative` hides it from screen readers where a sentence nearby already says it.
 */
export function ScoreNumber({
  score,
  size = 'md',
  decorative = false,
  inlineStyles = false,
}: {
  score: number
  size?: ScoreBadgeSize
  decorative?: boolean
  inlineStyles?: boolean
}) {
  return (
    <span
      {...(decorative ? { 'aria-hidden': true } : null)}
      {...(inlineStyles ? null : { className: `score-number score-${size}` })}
      style={numberStyle(score, size, inlineStyles)}
    >
      {formatScore(score)}
    </span>
  )
}

/**
 * A review score as readers see it: "9.3" on the band's colour, optionally followed by the band label.
 * Screen readers get one sentence instead of the pieces: "Scored 9.3 out of 10: Must watch".
 * Renders on the server; no hooks, no client code.
 */
export function ScoreBadge({ score, size = 'md', showBand = true, className, inlineStyles = false }: ScoreBadgeProps) {
  const band = scoreBand(score)
  return (
    <span
      className={className ? `score-badge ${className}` : 'score-badge'}
      data-band={band.id}
      {...(inlineStyles ? { style: { display: 'inline-flex', alignItems: 'center', gap: '0.5em' } } : null)}
    >
      {/* Class or style, never both: an undefined prop still costs its name in the page's payload. */}
      <span {...(inlineStyles ? { style: visuallyHidden } : { className: 'sr-only' })}>
        {showBand ? scoreSentence(score) : `Scored ${scoreLabel(score)}`}
      </span>
      <ScoreNumber score={score} size={size} decorative inlineStyles={inlineStyles} />
      {showBand ? (
        <span
          aria-hidden="true"
          {...(inlineStyles
            ? { style: { fontSize: size === 'lg' ? '1rem' : '0.8125rem', fontWeight: 600 } }
            : { className: 'score-band-label' })}
        >
          {band.label}
        </span>
      ) : null}
    </span>
  )
}
