import type { ValidationContext } from 'sanity'
import { reviewKindLabel } from '@/lib/review-kinds'
import { isValidScore, SCORE_MAX, SCORE_MIN } from '@/lib/score'

/** The same test the site's score widgets rely on (lib/score), so a saved score always renders. */
export function scoreProblem(value: unknown): true | string {
  if (value === undefined) return true
  if (typeof value !== 'number' || !Number.isFinite(value)) return 'A score must be a number from 0 to 10.'
  if (value < SCORE_MIN || value > SCORE_MAX)
    return `Scores run from ${SCORE_MIN} to ${SCORE_MAX}; ${value} is outside that range.`
  if (!isValidScore(value)) return `Use at most one decimal place, e.g. 9.3 rather than ${value}.`
  return true
}

/** Every review carries a score except an ending explainer, which explains rather than judges. */
export function reviewScoreRequired(value: unknown, context: ValidationContext): true | string {
  if (value !== undefined || context.document?.kind === 'ending-explained') return true
  const unscored = reviewKindLabel('ending-explained')
  return `Give the review an overall score from 0 to 10. Only "${unscored}" pieces go without one.`
}
