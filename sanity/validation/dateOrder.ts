import type { ValidationContext } from 'sanity'

/**
 * A later date or datetime field (finale, last update) must not come before an earlier one
 * (premiere, publication). ISO strings of one kind compare correctly as text; dates and
 * datetimes are compared as instants.
 */
export function notBefore(earlierField: string, describe: (earlier: string) => string) {
  return (later: unknown, context: ValidationContext): true | string => {
    const earlier = (context.document as Record<string, unknown> | undefined)?.[earlierField]
    if (typeof later !== 'string' || typeof earlier !== 'string') return true
    const laterTime = Date.parse(later)
    const earlierTime = Date.parse(earlier)
    if (Number.isNaN(laterTime) || Number.isNaN(earlierTime)) return true
    return laterTime >= earlierTime ? true : describe(earlier)
  }
}
