import 'server-only'
/**
 * What pages read of reader reactions. Cached pages read the database only while they render
 * (at build or on revalidation, never on a reader's request) and are tagged `reactions:<subject>`,
 * so a new, edited or removed review or a vote re-renders exactly the pages that show it. Comments
 * work the same way under `comments:<subject>`.
 */
import { cache } from 'react'
import { tagCurrentPage } from '@/lib/cache/tag-current-page'
import { getReactionStore } from './store'
import {
  type AudienceSummary,
  type CommentThread,
  countComments,
  type ReaderReview,
  type ReviewListQuery,
  type SubjectId,
} from './types'

export function reactionsTag(subject: SubjectId): string {
  return `reactions:${subject}`
}

export function commentsTag(subject: string): string {
  return `comments:${subject}`
}

/** A subject's published comment threads, for the discussion under a review or article. */
export async function readCommentThreads(subject: string): Promise<{ comments: CommentThread[]; total: number }> {
  await tagCurrentPage([commentsTag(subject)])
  const comments = await (await getReactionStore()).listComments(subject)
  return { comments, total: countComments(comments) }
}

async function tagPageWith(subjects: SubjectId[]): Promise<void> {
  if (subjects.length) await tagCurrentPage([...new Set(subjects)].sort().map(reactionsTag))
}

// One database read per subject within a render: page, metadata and JSON-LD share it.
const summaryOnce = cache(async (subject: SubjectId) => (await getReactionStore()).summary(subject))

export async function readAudienceSummary(subject: SubjectId): Promise<AudienceSummary> {
  await tagPageWith([subject])
  return summaryOnce(subject)
}

export async function readAudienceSummaries(subjects: SubjectId[]): Promise<Map<SubjectId, AudienceSummary>> {
  await tagPageWith(subjects)
  return (await getReactionStore()).summaries(subjects)
}

/** The most helpful published reviews of a subject, for the section on its page. */
export async function readTopReaderReviews(
  subject: SubjectId,
  limit: number,
): Promise<{ reviews: ReaderReview[]; total: number }> {
  await tagPageWith([subject])
  const store = await getReactionStore()
  const [reviews, total] = await Promise.all([
    store.listReviews({ subject, sort: 'helpful', limit }),
    store.countReviews(subject),
  ])
  return { reviews, total }
}

/** A page of a subject's reviews for the (dynamic) all-reviews page; not cached. */
export async function readReaderReviewPage(
  query: ReviewListQuery,
): Promise<{ reviews: ReaderReview[]; total: number }> {
  const store = await getReactionStore()
  const [reviews, total] = await Promise.all([
    store.listReviews(query),
    store.countReviews(query.subject, query.rating),
  ])
  return { reviews, total }
}
