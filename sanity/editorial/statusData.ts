import {
  getPublishedId,
  pathToString,
  validateDocument,
  type SanityClient,
  type SanityDocument,
  type Workspace,
} from 'sanity'
import { DOCUMENT_TYPES } from '@/lib/content/document-types'
import { ASPECT_SCORE_TOLERANCE, staleDraftCutoff } from '@/lib/editorial/status'
import { EDITORIAL_STATUS_QUERY, VALIDATION_SUBJECTS_QUERY } from '@/lib/editorial/status-queries'
import type { EDITORIAL_STATUS_QUERY_RESULT, VALIDATION_SUBJECTS_QUERY_RESULT } from '@/sanity.types'
import { formatScore } from '@/lib/score'

export type EditorialStatusLists = EDITORIAL_STATUS_QUERY_RESULT

export function editorialStatusParams(now: Date) {
  return {
    today: now.toISOString().slice(0, 10),
    staleBefore: staleDraftCutoff(now),
    tolerance: ASPECT_SCORE_TOLERANCE,
    types: [...DOCUMENT_TYPES],
  }
}

/** `client` must read the raw perspective, so drafts show beside published documents. */
export function loadEditorialStatus(client: SanityClient, now: Date): Promise<EditorialStatusLists> {
  return client.fetch(EDITORIAL_STATUS_QUERY, editorialStatusParams(now))
}

export interface ValidationProblem {
  _id: string
  _type: string
  title: string
  level: 'error' | 'warning'
  /** The first problem, e.g. `verdict: Keep the verdict under 300 characters`. */
  message: string
  count: number
}

/**
 * Runs the Studio's own rules (Sanity's `validateDocument`, as the document form does) over every
 * document the site reads, in the version the editor works on, and keeps those with errors or
 * warnings, errors first.
 */
export async function findValidationProblems(client: SanityClient, workspace: Workspace): Promise<ValidationProblem[]> {
  const { documents, publishedIds } = await client.fetch<VALIDATION_SUBJECTS_QUERY_RESULT>(VALIDATION_SUBJECTS_QUERY, {
    types: [...DOCUMENT_TYPES],
  })
  const published = new Set(publishedIds)
  // One query answers every reference check instead of a request per reference.
  const getDocumentExists = async ({ id }: { id: string }) => published.has(getPublishedId(id))
  const results = await Promise.all(
    documents.map(async (document): Promise<ValidationProblem | null> => {
      const markers = (
        await validateDocument({
          document: document as unknown as SanityDocument,
          workspace,
          environment: 'studio',
          getDocumentExists,
        })
      ).filter((marker) => marker.level === 'error' || marker.level === 'warning')
      if (markers.length === 0) return null
      const first = markers.find((marker) => marker.level === 'error') ?? markers[0]
      const where = first.path.length > 0 ? `${pathToString(first.path)}: ` : ''
      const named = document as { title?: unknown; name?: unknown }
      return {
        _id: document._id,
        _type: document._type,
        title: String(named.title ?? named.name ?? document._id),
        level: first.level as ValidationProblem['level'],
        message: `${where}${first.message}`,
        count: markers.length,
      }
    }),
  )
  return results
    .filter((problem): problem is ValidationProblem => problem !== null)
    .sort((a, b) => Number(b.level === 'error') - Number(a.level === 'error') || a.title.localeCompare(b.title))
}

export interface StatusRow {
  _id: string
  _type: string
  title: string
  detail: string
}

export interface StatusSection {
  id: string
  title: string
  /** What an empty list means, in words an editor reads as good news. */
  whenEmpty: string
  rows: StatusRow[]
}

const dayOf = (dateTime: string) => dateTime.slice(0, 10)

/** The tool's lists, in the order an editor works through them. */
export function statusSections(lists: EditorialStatusLists, validation: ValidationProblem[] | null): StatusSection[] {
  const sections: StatusSection[] = [
    {
      id: 'aired-episodes-without-review',
      title: 'Aired episodes with no episode review',
      whenEmpty: 'Every aired episode has a published review.',
      rows: lists.airedEpisodesWithoutReview.map((episode) => ({
        _id: episode._id,
        _type: episode._type,
        title: `${episode.seriesTitle ?? 'Series'}, episode ${episode.number}: ${episode.title ?? ''}`.trim(),
        detail: `Aired ${episode.airDate}`,
      })),
    },
    {
      id: 'review-scores',
      title: 'Reviews without a score, or with aspect scores far from it',
      whenEmpty: 'Every review that needs a score has one that agrees with its aspect scores.',
      rows: lists.reviewsWithScoreProblems.map((review) => ({
        _id: review._id,
        _type: review._type,
        title: review.title ?? review._id,
        detail:
          typeof review.score !== 'number'
            ? 'No overall score'
            : `Overall ${formatScore(review.score)}, aspects average ${review.aspectAverage?.toFixed(1)}`,
      })),
    },
    {
      id: 'unmarked-spoilers',
      title: 'Published reviews with spoiler blocks that name no episode',
      whenEmpty: 'Every spoiler block in a published review names its episode.',
      rows: lists.publishedReviewsWithUnmarkedSpoilers.map((review) => ({
        _id: review._id,
        _type: review._type,
        title: review.title ?? review._id,
        detail: `${review.unmarked} spoiler ${review.unmarked === 1 ? 'block' : 'blocks'} without an episode`,
      })),
    },
    {
      id: 'stale-drafts',
      title: 'Drafts older than 7 days',
      whenEmpty: 'No draft has waited more than a week.',
      rows: lists.staleDrafts.map((draft) => ({
        _id: draft._id,
        _type: draft._type,
        title: draft.title ?? draft._id,
        detail: `Last edited ${dayOf(draft._updatedAt)}`,
      })),
    },
    {
      id: 'people-missing-details',
      title: 'People without a photo or birth date',
      whenEmpty: 'Everyone has a photo and a birth date.',
      rows: lists.peopleMissingDetails.map((person) => ({
        _id: person._id,
        _type: person._type,
        title: person.name ?? person._id,
        detail: `No ${[person.hasPhoto ? null : 'photo', person.hasBirthDate ? null : 'birth date']
          .filter(Boolean)
          .join(' or ')}`,
      })),
    },
  ]
  if (validation) {
    sections.push({
      id: 'validation',
      title: 'Documents with validation errors or warnings',
      whenEmpty: 'Every document passes the Studio’s rules.',
      rows: validation.map((problem) => ({
        _id: problem._id,
        _type: problem._type,
        title: problem.title,
        detail:
          `${problem.level === 'error' ? 'Error' : 'Warning'}: ${problem.message}` +
          (problem.count > 1 ? ` (and ${problem.count - 1} more)` : ''),
      })),
    })
  }
  return sections
}
