/**
 * What the header search box shows and how its arrow keys move, as plain functions: the component
 * (components/search/SearchBox.tsx) only wires them to the DOM.
 */

// Placeholder until the lead's types land on main (replaced by an import type).
type SearchType = 'series' | 'episode' | 'person' | 'character' | 'review'
interface SearchResult {
  type: SearchType
  title: string
  subtitle: string
  url: string
  score?: number
}

export const SUGGESTION_GROUP_LABELS: Record<SearchType, string> = {
  series: 'Series',
  episode: 'Episodes',
  person: 'People',
  character: 'Characters',
  review: 'Reviews',
}

export interface SuggestionOption {
  result: SearchResult
  /** Position in display order, the order the arrow keys walk through. */
  index: number
}

export interface SuggestionGroup {
  type: SearchType
  label: string
  options: SuggestionOption[]
}

/**
 * Results grouped by kind. Results come best first, so the group holding the best result comes
 * first and each group keeps that order: the first option is always the best match.
 */
export function groupSuggestions(results: readonly SearchResult[]): SuggestionGroup[] {
  const groups = new Map<SearchType, SuggestionGroup>()
  for (const result of results) {
    let group = groups.get(result.type)
    if (!group) {
      group = { type: result.type, label: SUGGESTION_GROUP_LABELS[result.type], options: [] }
      groups.set(result.type, group)
    }
    group.options.push({ result, index: -1 })
  }
  let index = 0
  for (const group of groups.values()) for (const option of group.options) option.index = index++
  return [...groups.values()]
}

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
