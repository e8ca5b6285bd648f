/**
 * Text bound for search engines and share cards. In draft mode and visual editing, strings from
 * the Content Lake may carry invisible stega characters that map them back to the Studio; they
 * must never reach a <title>, a meta description or JSON-LD, where they would be indexed.
 */
import { stegaClean } from 'next-sanity'

/** Removes stega marks and folds runs of whitespace; null for empty or missing text. */
export function cleanText(value: string | null | undefined): string | null {
  if (typeof value !== 'string') return null
  const cleaned = stegaClean(value).replace(/\s+/g, ' ').trim()
  return cleaned === '' ? null : cleaned
}

/** Deep-cleans every string in a JSON-like value (metadata objects, JSON-LD graphs). */
export function cleanDeep<T>(value: T): T {
  return stegaClean(value) as T
}

/**
 * A summary of at most `max` characters, cut at a word boundary with an ellipsis, so search
 * results and share cards show a whole phrase rather than half a word (Google shows about 160).
 */
export function summarize(value: string | null | undefined, max = 160): string | null {
  const text = cleanText(value)
  if (!text || text.length <= max) return text
  const cut = text.slice(0, max - 1)
  const lastSpace = cut.lastIndexOf(' ')
  const trimmed = (lastSpace > max * 0.6 ? cut.slice(0, lastSpace) : cut).replace(/[\s,;:.–—-]+$/, '')
  return `${trimmed}…`
}

/** The first of several candidates that has text once cleaned. */
export function firstText(...candidates: Array<string | null | undefined>): string | null {
  for (const candidate of candidates) {
    const text = cleanText(candidate)
    if (text) return text
  }
  return null
}
