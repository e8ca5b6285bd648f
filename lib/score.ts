/**
 * Review scores: 0 to 10 in steps of 0.1. Pure helpers shared by the site's score widgets, the
 * Studio score input and the schema's validation, so every place agrees on rounding and bands.
 */

export const SCORE_MIN = 0
export const SCORE_MAX = 10
export const SCORE_STEP = 0.1

/**
 * The verdict bands, highest first: a score's band is the first whose minimum it reaches. Each
 * colour carries white text at a contrast of at least 4.5:1 (the site's badge and the share cards).
 */
export const SCORE_BANDS = [
  { id: 'must-watch', label: 'Must watch', minimum: 9, colour: '#166534' },
  { id: 'highly-recommended', label: 'Highly recommended', minimum: 8, colour: '#15803d' },
  { id: 'recommended', label: 'Recommended', minimum: 7, colour: '#0f766e' },
  { id: 'mixed', label: 'Mixed', minimum: 5, colour: '#b45309' },
  { id: 'skip', label: 'Skip', minimum: SCORE_MIN, colour: '#b91c1c' },
] as const

export type ScoreBand = (typeof SCORE_BANDS)[number]

/** Clamps to 0..10 and rounds to the nearest 0.1, free of floating-point dust (0.1 + 0.2). */
export function roundScore(value: number): number {
  if (Number.isNaN(value)) throw new RangeError('A score must be a number, got NaN')
  const clamped = Math.min(SCORE_MAX, Math.max(SCORE_MIN, value))
  return Math.round(clamped * 10) / 10
}

/** "9.3": always one decimal, so 9 reads "9.0" and lines up with other scores. */
export function formatScore(score: number): string {
  return roundScore(score).toFixed(1)
}

/** 9.3 -> 93, for widgets that show a percentage or a bar width. */
export function scorePercent(score: number): number {
  return Math.round((roundScore(score) / SCORE_MAX) * 100)
}

export function scoreBand(score: number): ScoreBand {
  const rounded = roundScore(score)
  return SCORE_BANDS.find((band) => rounded >= band.minimum) ?? SCORE_BANDS[SCORE_BANDS.length - 1]
}

/** What a screen reader says for a score: "9.3 out of 10". */
export function scoreLabel(score: number): string {
  return `${formatScore(score)} out of ${SCORE_MAX}`
}

/** True when a value is a score an editor may save: a number in 0..10 with at most one decimal. */
export function isValidScore(value: unknown): value is number {
  if (typeof value !== 'number' || !Number.isFinite(value)) return false
  if (value < SCORE_MIN || value > SCORE_MAX) return false
  return Math.abs(value * 10 - Math.round(value * 10)) < 1e-9
}

/**
 * Reads what an editor typed into a score box. Accepts a decimal comma ("9,3").
 * Returns null for an empty box (clear the score) and undefined for text that is not a number.
 */
export function parseScoreText(text: string): number | null | undefined {
  const trimmed = text.trim().replace(',', '.')
  if (trimmed === '') return null
  if (!/^-?\d*\.?\d*$/.test(trimmed) || trimmed === '.' || trimmed === '-') return undefined
  const value = Number(trimmed)
  return Number.isFinite(value) ? value : undefined
}
