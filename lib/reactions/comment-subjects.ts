import 'server-only'
/**
 * What readers comment on: a published critic's review (of any kind) or news article, read
 * through lib/content in the published perspective, so a draft never collects comments.
 */
import { contentFetch } from '@/lib/content/fetch'
import { COMMENT_SUBJECT_QUERY } from '@/lib/content/queries'
import { hrefForDocument } from '@/lib/routes'
import type { COMMENT_SUBJECT_QUERY_RESULT } from '@/sanity.types'

export interface CommentSubject {
  id: string
  kind: 'review' | 'article'
  /** The review's kind (series, episode, first-impressions, ending-explained); null for articles. */
  reviewKind: string | null
  title: string
  /** The page the comments sit on. */
  path: string
  /** The episodes a review covers: comments about later ones can be marked and are folded. */
  episodes: { first: number; last: number } | null
  seriesSlug: string | null
}

export type FindCommentSubject = (id: string) => Promise<CommentSubject | null>

export function toCommentSubject(found: COMMENT_SUBJECT_QUERY_RESULT): CommentSubject | null {
  if (!found) return null
  const path = hrefForDocument({ _type: found._type, slug: found.slug })
  if (!path) return null
  const { firstEpisode: first, lastEpisode: last } = found
  return {
    id: found._id,
    kind: found._type,
    reviewKind: found.kind,
    title: found.title ?? found.slug ?? found._id,
    path,
    episodes: typeof first === 'number' ? { first, last: typeof last === 'number' ? last : first } : null,
    seriesSlug: found.series?.slug ?? null,
  }
}

export const findCommentSubject: FindCommentSubject = async (id) =>
  toCommentSubject(await contentFetch({ query: COMMENT_SUBJECT_QUERY, params: { subject: id } }))
