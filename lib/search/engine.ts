/**
 * The search index: MiniSearch (BM25 over an in-memory radix tree; it keeps Hangul words whole,
 * where Orama's default tokenizer drops them) with this site's terms (terms.ts) and name forms.
 * A query matches when every word does, the last word as a prefix (readers are still typing it,
 * or a Korean particle follows). Only when nothing matches is it searched again with one typo
 * allowed in words of five letters or more: typo matching walks the whole term tree, so it is
 * kept for the searches that need it. A result whose whole name or title is the query ranks first.
 */
import MiniSearch, { type SearchOptions as MiniSearchOptions, type SearchResult as MiniSearchHit } from 'minisearch'
import type { SearchDocument } from './documents'
import { compactForm, indexTerms, isNumberTerm, normalizeTerm, tokenize } from './terms'
import type { SearchResponse, SearchResult, SearchType } from './types'

const STORED_FIELDS = ['type', 'title', 'subtitle', 'url', 'reviewScore'] as const
const FIELD_BOOSTS = { title: 3, names: 2, keywords: 0.5 }
const TYPE_BOOSTS: Record<SearchType, number> = { series: 1.3, person: 1.2, character: 1.1, episode: 1, review: 0.9 }
const EXACT_MATCH_BOOST = 4
/** Typos are forgiven in words this long, one per word. */
const FUZZY_MIN_LENGTH = 5

export interface SearchOptions {
  type?: SearchType
  limit?: number
  /** Match documents with any of the words rather than all: the "some of your words" fallback. */
  anyWord?: boolean
}

export interface SearchIndex {
  search(query: string, options?: SearchOptions): SearchResponse
  readonly documentCount: number
  /** A few searches that find something here, to suggest on an empty or fruitless search. */
  readonly examples: string[]
}

const forgiveOneTypo = (term: string) => (term.length >= FUZZY_MIN_LENGTH && !isNumberTerm(term) ? 1 : false)

/** What a document is found by in full: its title and each name form, compacted. */
function exactForms(document: SearchDocument): Set<string> {
  return new Set([document.title, ...document.names.split(' | ')].map(compactForm).filter(Boolean))
}

/** A series title, a name in Hangul and an episode title, when the content has them. */
function exampleSearches(documents: readonly SearchDocument[]): string[] {
  const series = documents.find((document) => document.type === 'series')
  const hangulName = documents
    .filter((document) => document.type === 'person')
    .flatMap((document) => document.names.split(' | '))
    .find((form) => /^[\uac00-\ud7a3]{3}$/.test(form))
  const episode = documents.find((document) => document.type === 'episode')
  return [series?.title, hangulName, episode?.title].filter((example): example is string => Boolean(example))
}

function resultOf(hit: MiniSearchHit): SearchResult {
  const result: SearchResult = {
    type: hit.type as SearchType,
    title: hit.title as string,
    subtitle: hit.subtitle as string,
    url: hit.url as string,
  }
  if (typeof hit.reviewScore === 'number') result.score = hit.reviewScore
  return result
}

export function buildSearchIndex(documents: readonly SearchDocument[]): SearchIndex {
  const miniSearch = new MiniSearch<SearchDocument>({
    fields: ['title', 'names', 'keywords'],
    storeFields: [...STORED_FIELDS],
    // MiniSearch's own `score` is the relevance; the critic's score is stored under another name.
    extractField: (document, field) =>
      field === 'reviewScore' ? document.score : (document as unknown as Record<string, unknown>)[field],
    tokenize,
    processTerm: (term) => indexTerms(term),
    searchOptions: {
      tokenize,
      processTerm: normalizeTerm,
      boost: FIELD_BOOSTS,
      combineWith: 'AND',
      // A single letter or a bare number as a prefix would match most of the index.
      prefix: (term, index, terms) => index === terms.length - 1 && term.length > 1 && !isNumberTerm(term),
      maxFuzzy: 1,
    },
  })
  // Compact form -> the documents it names in full; a search looks its query up once.
  const namedBy = new Map<string, Set<string>>()
  for (const document of documents) {
    for (const form of exactForms(document)) {
      const named = namedBy.get(form)
      if (named) named.add(document.id)
      else namedBy.set(form, new Set([document.id]))
    }
  }
  miniSearch.addAll(documents as SearchDocument[])

  return {
    documentCount: miniSearch.documentCount,
    examples: exampleSearches(documents),
    search(query, { type, limit = 20, anyWord = false } = {}) {
      const words = tokenize(query)
      if (words.length === 0) return { query, total: 0, results: [] }
      const exact = namedBy.get(compactForm(query))
      // Called for every posting a query touches, so it does no more than a lookup or two.
      const typeBoost = (stored: Record<string, unknown> | undefined) => TYPE_BOOSTS[stored?.type as SearchType] ?? 1
      const options: MiniSearchOptions = {
        combineWith: anyWord ? 'OR' : 'AND',
        boostDocument: exact
          ? (id, _term, stored) => typeBoost(stored) * (exact.has(id) ? EXACT_MATCH_BOOST : 1)
          : (_id, _term, stored) => typeBoost(stored),
        ...(type ? { filter: (hit: MiniSearchHit) => hit.type === type } : {}),
      }
      let hits = anyWord ? [] : miniSearch.search(query, options)
      if (hits.length === 0) hits = miniSearch.search(query, { ...options, fuzzy: forgiveOneTypo })
      return { query, total: hits.length, results: hits.slice(0, limit).map(resultOf) }
    },
  }
}
