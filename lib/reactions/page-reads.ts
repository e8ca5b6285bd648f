import 'server-only'
/**
 * What the site's pages read of reader reactions, through lib/reactions/read.ts, and nothing at
 * all when the reader side is switched off (READER_REACTIONS=off): then pages render as before.
 */
import { env } from '@/lib/env/server'

import { reviewAudienceSubject } from './audience'
import { findCommentSubject } from './comment-subjects'
import { readAudienceSummaries, readAudienceSummary, readCommentThreads, readTopReaderReviews } from './read'
import type { AudienceSummary, CommentThread, ReaderReview, SubjectId } from './types'

/** How many reader reviews a series or episode page shows, most helpful first. */
export const TOP_READER_REVIEWS = 3

export interface SubjectReactions {
  audience: AudienceSummary
  top: { reviews: ReaderReview[]; total: number }
}

/** The audience score and the most helpful reviews of a series or an episode; null when switched off. */
export async function readSubjectReactions(subject: SubjectId): Promise<SubjectReactions | null> {
  if (!env.readerReactions) return null
  const [audience, top] = await Promise.all([
    readAudienceSummary(subject),
    readTopReaderReviews(subject, TOP_READER_REVIEWS),
  ])
  return { audience, top }
}

/** The audience score alone, e.g. for a share image; null when switched off. */
export async function readSubjectAudience(subject: SubjectId): Promise<AudienceSummary | null> {
  return env.readerReactions ? readAudienceSummary(subject) : null
}

type ReviewedSubject = Parameters<typeof reviewAudienceSubject>[0]

/** The readers' scores of the series and episodes a page shows as cards, read in one go. */
export async function readCardAudiences(
  subjects: ReadonlyArray<SubjectId | null | undefined>,
): Promise<(subject: SubjectId | null | undefined) => AudienceSummary | null> {
  const wanted = [...new Set(subjects.filter((subject): subject is SubjectId => Boolean(subject)))]
  if (!env.readerReactions || wanted.length === 0) return () => null
  const summaries = await readAudienceSummaries(wanted)
  return (subject) => (subject ? (summaries.get(subject) ?? null) : null)
}

/** The same for critics' review cards: each shows the readers' score of what it reviews. */
export async function readReviewCardAudiences(
  reviews: ReadonlyArray<ReviewedSubject>,
): Promise<(review: ReviewedSubject) => AudienceSummary | null> {
  const audienceOf = await readCardAudiences(reviews.map(reviewAudienceSubject))
  return (review) => audienceOf(reviewAudienceSubject(review))
}

/** What a thread needs to know of what it discusses. */
export interface CommentSubjectView {
  /** The published `_id` of the review or article. */
  id: string
  /** Its page, where the thread is. */
  path: string
  seriesSlug: string | null
  /**
   * Comments marked as discussing later episodes are folded as spoilers of this episode (the first
   * after those the subject covers); null on subjects without episodes.
   */
  laterEpisodesFrom: number | null
}

export interface SubjectComments {
  subject: CommentSubjectView
  threads: CommentThread[]
  total: number
}

/**
 * A review's or an article's comments, for the thread on its page; null when switched off or when
 * it is not a published subject (a draft seen in preview). `episodeCount`: the series' episodes,
 * so a comment about later episodes never waits for an episode that does not exist.
 */
export async function readSubjectComments(
  subjectId: string,
  episodeCount: number | null | undefined,
): Promise<SubjectComments | null> {
  if (!env.readerReactions) return null
  const subject = await findCommentSubject(subjectId)
  if (!subject) return null
  const { comments, total } = await readCommentThreads(subject.id)
  const after = subject.episodes ? subject.episodes.last + 1 : null
  const laterEpisodesFrom = after === null ? null : episodeCount ? Math.min(after, episodeCount) : after
  return {
    subject: { id: subject.id, path: subject.path, seriesSlug: subject.seriesSlug, laterEpisodesFrom },
    threads: comments,
    total,
  }
}
