/**
 * The header search box's plain logic (components/search/SearchBox.tsx wires it to the DOM): where
 * the arrow keys go, what the live region says, where "All results" leads.
 */

/**
 * The option the arrow keys move to, wrapping at both ends. -1 means none: ArrowDown from there goes
 * to the first option, ArrowUp to the last.
 */
export function moveActiveIndex(current: number, optionCount: number, step: 1 | -1): number {
  if (optionCount <= 0) return -1
  if (current < 0 || current >= optionCount) return step === 1 ? 0 : optionCount - 1
  return (current + step + optionCount) % optionCount
}

/** What the live region says once suggestions for `query` have arrived. */
export function suggestionCountMessage(count: number, query: string): string {
  if (count === 0) return `No suggestions for “${query}”`
  return count === 1 ? '1 suggestion' : `${count} suggestions`
}

/** The search page for a query, as the search form without JavaScript would ask for it. */
export function searchPageHref(query: string): string {
  return `/search?${new URLSearchParams({ q: query })}`
}
