/**
 * What search finds and returns. The JSON API, the /search page and the header's suggestions all
 * speak these shapes.
 */
export const SEARCH_TYPES = ['series', 'episode', 'person', 'character', 'review'] as const

export type SearchType = (typeof SEARCH_TYPES)[number]

/** Group headings, in the words readers see. */
export const SEARCH_TYPE_LABELS: Record<SearchType, string> = {
  series: 'Series',
  episode: 'Episodes',
  person: 'People',
  character: 'Characters',
  review: 'Reviews',
}

export function isSearchType(value: string): value is SearchType {
  return (SEARCH_TYPES as readonly string[]).includes(value)
}

export interface SearchResult {
  type: SearchType
  title: string
  /** Kind, year or series, and who: "Episode 3 · Love in the Big City". */
  subtitle: string
  url: string
  /** The critic's score, where there is one (a series' or an episode's review, a review itself). */
  score?: number
}

export interface SearchResponse {
  query: string
  total: number
  results: SearchResult[]
}

export interface SearchResultGroup {
  type: SearchType
  label: string
  results: SearchResult[]
}

/** Results grouped by type, the group holding the best match first; results keep their order within a group. */
export function groupByType(results: readonly SearchResult[]): SearchResultGroup[] {
  const groups = new Map<SearchType, SearchResult[]>()
  for (const result of results) {
    const group = groups.get(result.type)
    if (group) group.push(result)
    else groups.set(result.type, [result])
  }
  return [...groups].map(([type, grouped]) => ({ type, label: SEARCH_TYPE_LABELS[type], results: grouped }))
}
