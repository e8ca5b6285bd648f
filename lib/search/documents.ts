/**
 * The search index's documents, made from one read of SEARCH_INDEX_QUERY: what each is found by
 * (`title`, `names`, `keywords`) and what a result shows. Review titles that give away an episode
 * are indexed and shown in their spoiler-free form only, so neither a suggestion nor a match on a
 * word of the full title reveals anything to a reader who is behind.
 */
import { romanize } from 'es-hangul'
import { episodeRangeLabel, coveredEpisodesLabel, reviewKindLabel } from '@/lib/review-kinds'
import { characterPath, episodePath, hrefForDocument, seriesPath } from '@/lib/routes'
import { spoilerFreeReviewTitle } from '@/lib/spoilers/spoiler-free'
import type { SEARCH_INDEX_QUERY_RESULT } from '@/sanity.types'
import { nameForms } from './name-forms'
import { isHangulTerm, tokenize } from './terms'
import type { SearchResult } from './types'

export interface SearchDocument extends SearchResult {
  id: string
  /** Every form of the names the document goes by, joined by " | " (each form is also matched whole). */
  names: string
  /** Context it is also found by, weighted least: series, cast, critic, kind, year. */
  keywords: string
}

type IndexRead = SEARCH_INDEX_QUERY_RESULT

function present<T>(value: T | null | undefined | false | ''): value is T {
  return value !== null && value !== undefined && value !== false && value !== ''
}

function joined(parts: readonly (string | number | null | undefined)[], separator = ' · '): string {
  return parts.filter(present).join(separator)
}

/** Hangul words of a title with their romanization (대도시의 사랑법 -> daedosiui sarangbeop). */
function titleForms(title: string | null | undefined): string[] {
  if (!title) return []
  const hangulWords = tokenize(title).filter(isHangulTerm)
  return hangulWords.length ? [title, hangulWords.map((word) => romanize(word)).join(' ')] : [title]
}

function allNameForms(names: readonly (string | null | undefined)[]): string {
  return [...new Set(names.filter(present).flatMap(nameForms))].join(' | ')
}

function scoreOf(value: number | null | undefined): { score?: number } {
  return typeof value === 'number' ? { score: value } : {}
}

function seriesDocuments(read: IndexRead): SearchDocument[] {
  return read.series.flatMap((series) => {
    if (!series.slug || !series.title) return []
    return {
      id: series._id,
      type: 'series' as const,
      title: series.title,
      subtitle: joined([series.originalTitle, series.year, series.country]),
      url: seriesPath(series.slug),
      ...scoreOf(series.score),
      names: [...titleForms(series.originalTitle)].join(' | '),
      keywords: joined([series.year, series.country, ...(series.genres ?? [])], ' '),
    }
  })
}

function episodeDocuments(read: IndexRead): SearchDocument[] {
  return read.episodes.flatMap((episode) => {
    const seriesSlug = episode.series?.slug
    if (!seriesSlug || typeof episode.number !== 'number') return []
    const directors = (episode.directors ?? []).map((director) => director.name).filter(present)
    return {
      id: episode._id,
      type: 'episode' as const,
      title: episode.title || `Episode ${episode.number}`,
      subtitle: joined([
        `Episode ${episode.number}`,
        episode.series?.title,
        directors.length ? `directed by ${directors.join(', ')}` : null,
      ]),
      url: episodePath(seriesSlug, episode.number),
      ...scoreOf(episode.score),
      // Found by its number however it is written (terms.ts), and by the word alone while it is typed.
      names: `Episode ${episode.number} | episode`,
      keywords: joined([episode.series?.title, ...directors], ' '),
    }
  })
}

/** What a person is credited with: the series of the characters they play and the episodes they direct. */
function creditsByPerson(read: IndexRead): Map<string, { series: Set<string>; characters: string[] }> {
  const credits = new Map<string, { series: Set<string>; characters: string[] }>()
  const creditOf = (id: string) => {
    let credit = credits.get(id)
    if (!credit) credits.set(id, (credit = { series: new Set(), characters: [] }))
    return credit
  }
  for (const character of read.characters) {
    if (!character.playedBy) continue
    const credit = creditOf(character.playedBy._id)
    if (character.series?.title) credit.series.add(character.series.title)
    if (character.name) credit.characters.push(character.name)
  }
  for (const episode of read.episodes) {
    for (const director of episode.directors ?? []) {
      if (episode.series?.title) creditOf(director._id).series.add(episode.series.title)
    }
  }
  return credits
}

function capitalized(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1)
}

function personDocuments(read: IndexRead): SearchDocument[] {
  const credits = creditsByPerson(read)
  return read.people.flatMap((person) => {
    const url = hrefForDocument({ _type: 'person', slug: person.slug })
    if (!url || !person.name) return []
    const credit = credits.get(person._id)
    const occupations = person.occupations ?? []
    return {
      id: person._id,
      type: 'person' as const,
      title: person.name,
      subtitle: joined([
        person.nativeName,
        occupations.map(capitalized).join(', ') || null,
        credit ? [...credit.series].join(', ') : null,
      ]),
      url,
      names: allNameForms([person.name, person.nativeName, ...(person.aliases ?? [])]),
      keywords: joined([...occupations, ...(credit?.series ?? []), ...(credit?.characters ?? [])], ' '),
    }
  })
}

function characterDocuments(read: IndexRead): SearchDocument[] {
  return read.characters.flatMap((character) => {
    const seriesSlug = character.series?.slug
    if (!seriesSlug || !character.name) return []
    return {
      id: character._id,
      type: 'character' as const,
      title: character.name,
      subtitle: joined([
        character.playedBy?.name ? `Played by ${character.playedBy.name}` : null,
        character.series?.title,
      ]),
      url: characterPath(seriesSlug, character._id),
      names: allNameForms([character.name, ...(character.aliases ?? [])]),
      keywords: joined([character.playedBy?.name, character.series?.title], ' '),
    }
  })
}

function reviewDocuments(read: IndexRead): SearchDocument[] {
  return read.reviews.flatMap((review) => {
    const url = hrefForDocument({ _type: 'review', slug: review.slug })
    const title = spoilerFreeReviewTitle(review)
    if (!url || !title) return []
    const range = coveredEpisodesLabel(review)
    return {
      id: review._id,
      type: 'review' as const,
      title,
      subtitle: joined([reviewKindLabel(review.kind), range, review.series?.title, review.critic?.name]),
      url,
      ...scoreOf(review.score),
      names: '',
      keywords: joined(
        [
          reviewKindLabel(review.kind),
          episodeRangeLabel(review.firstEpisode, review.lastEpisode),
          review.series?.title,
          review.critic?.name,
        ],
        ' ',
      ),
    }
  })
}

export function searchDocuments(read: IndexRead): SearchDocument[] {
  return [
    ...seriesDocuments(read),
    ...episodeDocuments(read),
    ...personDocuments(read),
    ...characterDocuments(read),
    ...reviewDocuments(read),
  ]
}
