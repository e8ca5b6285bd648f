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

export function scoreBand(score: number): ScoreBand {
  const rounded = roundScore(score)
  return SCORE_BANDS.find((band) => rounded >= band.minimum) ?? SCORE_BANDS[SCORE_BANDS.length - 1]
}

/** What a screen reader says for a score: "9.3 out of 10". */
export function scoreLabel(score: number): string {
  return `${formatScore(score)} out of ${SCORE_MAX}`
}

/**
 * A score as one sentence, for text that runs on: "Scored 9.3 out of 10: Must watch", or with what was
 * scored, "Acting scored 9.6 out of 10: Must watch".
 */
export function scoreSentence(score: number, subject?: string | null): string {
  const scored = subject ? `${subject} scored` : 'Scored'
  return `${scored} ${scoreLabel(score)}: ${scoreBand(score).label}`
}

/**
 * Score meters draw from the lowest band floor above zero (5, "Mixed") to 10, where reviews' scores
 * sit: on a 0 to 10 bar, 8.9 and 9.6 would look alike. Lower scores show an empty bar beside their number.
 */
export const METER_FLOOR = Math.min(...SCORE_BANDS.map((band) => band.minimum).filter((minimum) => minimum > SCORE_MIN))

/** Where a score sits along a meter, from 0 (METER_FLOOR or lower) to 1 (10). */
export function meterFraction(score: number): number {
  return Math.max(0, (roundScore(score) - METER_FLOOR) / (SCORE_MAX - METER_FLOOR))
}

/** The bands that begin inside a meter's range, lowest first: the marks drawn along it. */
export const METER_MARKS: readonly ScoreBand[] = SCORE_BANDS.filter((band) => band.minimum > METER_FLOOR).toReversed()

/** The highest score in a band: the next band's floor less one step (10 for the top band). */
export function bandMaximum(band: ScoreBand): number {
  const above = SCORE_BANDS[SCORE_BANDS.indexOf(band) - 1]
  return above ? roundScore(above.minimum - SCORE_STEP) : SCORE_MAX
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
