/**
 * The NDJSON form of reader reactions: what `reactions:export` writes, `reactions:import` reads and
 * the bundled sample ships. Every line is checked, and the first bad one stops the import with its
 * line number, so a damaged file never half-loads.
 */
import { z } from 'zod'
import {
  COMMENT_LIMITS,
  MODERATION_ACTIONS,
  type Rating,
  REPORT_REASONS,
  REVIEW_LIMITS,
  REVIEW_STATUSES,
  type ReactionRecord,
} from './types'

const isoTimestamp = z.iso.datetime()

const readerReviewRecord = z.object({
  kind: z.literal('readerReview'),
  id: z.string().min(1).max(100),
  subject: z.string().min(1).max(200),
  readerId: z.string().min(1).max(100),
  ipHash: z.string().max(200).nullable(),
  rating: z
    .int()
    .min(1)
    .max(10)
    .transform((rating) => rating as Rating),
  title: z.string().min(REVIEW_LIMITS.title.min).max(REVIEW_LIMITS.title.max),
  body: z.string().min(REVIEW_LIMITS.body.min).max(REVIEW_LIMITS.body.max),
  name: z.string().min(REVIEW_LIMITS.name.min).max(REVIEW_LIMITS.name.max),
  containsSpoilers: z.boolean(),
  episodesWatched: z.int().min(0).max(10_000).nullable(),
  status: z.enum(REVIEW_STATUSES),
  createdAt: isoTimestamp,
  updatedAt: isoTimestamp,
})

const voteRecord = z.object({
  kind: z.literal('vote'),
  reviewId: z.string().min(1).max(100),
  readerId: z.string().min(1).max(100),
  ipHash: z.string().max(200).nullable(),
  helpful: z.boolean(),
  createdAt: isoTimestamp,
  updatedAt: isoTimestamp,
})

const id = z.string().min(1).max(100)
const itemKind = z.enum(['comment', 'readerReview'])

const commentRecord = z.object({
  kind: z.literal('comment'),
  id,
  subject: z.string().min(1).max(200),
  parent: id.nullable(),
  readerId: id,
  ipHash: z.string().max(200).nullable(),
  name: z.string().min(COMMENT_LIMITS.name.min).max(COMMENT_LIMITS.name.max),
  body: z.string().min(COMMENT_LIMITS.body.min).max(COMMENT_LIMITS.body.max),
  aboutLaterEpisodes: z.boolean(),
  status: z.enum(REVIEW_STATUSES),
  createdAt: isoTimestamp,
  updatedAt: isoTimestamp,
})

const reportRecord = z.object({
  kind: z.literal('report'),
  itemId: id,
  itemKind,
  readerId: id,
  ipHash: z.string().max(200).nullable(),
  reason: z.enum(REPORT_REASONS),
  createdAt: isoTimestamp,
  resolvedAt: isoTimestamp.nullable(),
})

const moderationActionRecord = z.object({
  kind: z.literal('moderationAction'),
  id,
  itemId: id,
  itemKind,
  action: z.enum(MODERATION_ACTIONS),
  by: z.string().min(1).max(100),
  note: z.string().max(2000).nullable(),
  createdAt: isoTimestamp,
})

const readerBlockRecord = z.object({
  kind: z.literal('readerBlock'),
  id,
  readerId: id.nullable(),
  ipHash: z.string().max(200).nullable(),
  itemId: id.nullable(),
  until: isoTimestamp,
  reason: z.string().max(2000).nullable(),
  by: z.string().min(1).max(100),
  createdAt: isoTimestamp,
})

const heldTermRecord = z.object({ kind: z.literal('heldTerm'), term: z.string().min(1).max(100) })

export const reactionRecordSchema = z.discriminatedUnion('kind', [
  readerReviewRecord,
  voteRecord,
  commentRecord,
  reportRecord,
  moderationActionRecord,
  readerBlockRecord,
  heldTermRecord,
])

export class ReactionRecordError extends Error {
  constructor(source: string, line: number, problem: string) {
    super(`${source}:${line}: ${problem}`)
    this.name = 'ReactionRecordError'
  }
}

/** Parses NDJSON text into records; blank lines are skipped. Throws on the first bad line. */
export function parseReactionRecords(text: string, source: string): ReactionRecord[] {
  const records: ReactionRecord[] = []
  text.split('\n').forEach((line, index) => {
    if (!line.trim()) return
    let value: unknown
    try {
      value = JSON.parse(line)
    } catch {
      throw new ReactionRecordError(source, index + 1, 'not valid JSON')
    }
    const result = reactionRecordSchema.safeParse(value)
    if (!result.success) {
      const issue = result.error.issues[0]!
      throw new ReactionRecordError(source, index + 1, `${issue.path.join('.') || 'record'}: ${issue.message}`)
    }
    records.push(result.data)
  })
  return records
}

export function formatReactionRecord(record: ReactionRecord): string {
  return JSON.stringify(record)
}
