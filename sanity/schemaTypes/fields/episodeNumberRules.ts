import type { NumberRule } from 'sanity'

/** An episode number is a whole number from 1 up. Callers add the rules that depend on context. */
export function episodeNumberRules(rule: NumberRule, label: string) {
  return [rule.integer().error(`${label} must be a whole number.`), rule.min(1).error(`${label} starts at 1.`)]
}
