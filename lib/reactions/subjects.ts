import 'server-only'
/**
 * What reader reviews are about: a published series or episode, read through lib/content in the
 * published perspective, so a draft-only document can never collect reviews.
 */
import { contentFetch } from '@/lib/content/fetch'
import {
  EPISODE_REACTION_SUBJECT_QUERY,
  REACTION_SUBJECT_QUERY,
  SERIES_REACTION_SUBJECT_QUERY,
} from '@/lib/content/queries'
import { episodePath, seriesPath } from '@/lib/routes'
import type { REACTION_SUBJECT_QUERY_RESULT } from '@/sanity.types'

export interface ReactionSubject {
  id: string
  kind: 'series' | 'episode'
  /** "Love in the Big City" or "Love in the Big City, episode 3: The Philosophy Class". */
  title: string
  seriesSlug: string
  seriesTitle: string
  /** Episodes only. */
  episodeNumber: number | null
  /** The series' episode count, when known: the most episodes a series reviewer can have watched. */
  episodeCount: number | null
  /** The page the subject's reader reviews sit on. */
  path: string
}

export type FindReactionSubject = (id: string) => Promise<ReactionSubject | null>

function toSubject(found: REACTION_SUBJECT_QUERY_RESULT): ReactionSubject | null {
  if (!found) return null
  if (found._type === 'series') {
    if (!found.slug) return null
    const title = found.title ?? found.slug
    return {
      id: found._id,
      kind: 'series',
      title,
      seriesSlug: found.slug,
      seriesTitle: title,
      episodeNumber: null,
      episodeCount: found.episodeCount,
      path: seriesPath(found.slug),
    }
  }
  const series = found.series
  if (!series?.slug || typeof found.number !== 'number') return null
  const seriesTitle = series.title ?? series.slug
  return {
    id: found._id,
    kind: 'episode',
    title: `${seriesTitle}, episode ${found.number}${found.title ? `: ${found.title}` : ''}`,
    seriesSlug: series.slug,
    seriesTitle,
    episodeNumber: found.number,
    episodeCount: series.episodeCount,
    path: episodePath(series.slug, found.number),
  }
}

export const findReactionSubject: FindReactionSubject = async (id) =>
  toSubject(await contentFetch({ query: REACTION_SUBJECT_QUERY, params: { subject: id } }))

export async function findSeriesSubject(slug: string): Promise<ReactionSubject | null> {
  return toSubject(await contentFetch({ query: SERIES_REACTION_SUBJECT_QUERY, params: { slug } }))
}

export async function findEpisodeSubject(slug: string, number: number): Promise<ReactionSubject | null> {
  return toSubject(await contentFetch({ query: EPISODE_REACTION_SUBJECT_QUERY, params: { slug, number } }))
}
