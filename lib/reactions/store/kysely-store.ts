/**
 * The one ReactionStore implementation: the same Kysely queries on SQLite and PostgreSQL. Vote
 * counts are aggregated from the votes themselves at read time, so no counter can drift under
 * concurrent votes; a reader's second vote is an upsert on (review, reader).
 */
import { randomUUID } from 'node:crypto'
import { type Kysely, type Transaction, sql } from 'kysely'
import { type Migration, type MigrationProvider, Migrator } from 'kysely/migration'
import {
  type AudienceSummary,
  MINIMUM_RATINGS_FOR_AVERAGE,
  RATINGS,
  type RatingHistogram,
  type ReactionRecord,
  type ReaderReview,
  type ReviewListQuery,
  type ReviewStatus,
  type StoredReaderReview,
  type SubjectId,
  type VoteCounts,
} from '../types'
import { migrations } from './migrations'
import type { ReactionsDatabase, ReaderReviewsTable } from './schema'
import type { NewReaderReview, RateLimitResult, ReactionStore } from './store'

type Executor = Kysely<ReactionsDatabase> | Transaction<ReactionsDatabase>

const staticMigrations: MigrationProvider = {
  getMigrations: async (): Promise<Record<string, Migration>> => migrations,
}

/** Applies every pending migration; throws with the failing migration's error. */
export async function migrateToLatest(db: Kysely<ReactionsDatabase>): Promise<void> {
  const { error, results } = await new Migrator({ db, provider: staticMigrations }).migrateToLatest()
  if (error) {
    const failed = results?.find((result) => result.status === 'Error')
    throw new Error(`Reactions database migration ${failed?.migrationName ?? ''} failed: ${String(error)}`, {
      cause: error,
    })
  }
}

export function emptyHistogram(): RatingHistogram {
  return Object.fromEntries(RATINGS.map((rating) => [String(rating), 0])) as RatingHistogram
}

/** Average to one decimal, rounding halves up; null under the minimum sample. */
export function summarize(subject: SubjectId, countsByRating: Iterable<[number, number]>): AudienceSummary {
  const histogram = emptyHistogram()
  let count = 0
  let total = 0
  for (const [rating, ratings] of countsByRating) {
    histogram[String(rating) as keyof RatingHistogram] += ratings
    count += ratings
    total += rating * ratings
  }
  const average = count >= MINIMUM_RATINGS_FOR_AVERAGE ? Math.round((total / count) * 10 + 1e-9) / 10 : null
  return { subject, count, average, histogram }
}

function windowStart(now: Date, windowSeconds: number): Date {
  const windowMs = windowSeconds * 1000
  return new Date(Math.floor(now.getTime() / windowMs) * windowMs)
}

type ReviewRow = ReaderReviewsTable & {
  helpful_votes: number | string | null
  not_helpful_votes: number | string | null
}

function toReview(row: ReviewRow): StoredReaderReview {
  return {
    id: row.id,
    subject: row.subject,
    readerId: row.reader_id,
    ipHash: row.ip_hash,
    rating: Number(row.rating) as StoredReaderReview['rating'],
    title: row.title,
    body: row.body,
    name: row.name,
    containsSpoilers: Number(row.contains_spoilers) === 1,
    episodesWatched: row.episodes_watched === null ? null : Number(row.episodes_watched),
    status: row.status as ReviewStatus,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    helpful: Number(row.helpful_votes ?? 0),
    notHelpful: Number(row.not_helpful_votes ?? 0),
  }
}

function reviewRow(review: Omit<StoredReaderReview, 'helpful' | 'notHelpful'>): ReaderReviewsTable {
  return {
    id: review.id,
    subject: review.subject,
    reader_id: review.readerId,
    ip_hash: review.ipHash,
    rating: review.rating,
    title: review.title,
    body: review.body,
    name: review.name,
    contains_spoilers: review.containsSpoilers ? 1 : 0,
    episodes_watched: review.episodesWatched,
    status: review.status,
    created_at: review.createdAt,
    updated_at: review.updatedAt,
  }
}

/** Strips who wrote it: what readers and the public API see. */
export function publicReview({ readerId, ipHash, ...review }: StoredReaderReview): ReaderReview {
  return review
}

const EXPORT_BATCH = 500

export class KyselyReactionStore implements ReactionStore {
  constructor(
    private readonly db: Executor,
    readonly dialect: 'sqlite' | 'postgres',
    private readonly onClose: () => Promise<void> = async () => {},
    /** False when the caller already holds a transaction (SQLite cannot nest them). */
    private readonly ownTransactions = true,
  ) {}

  private inTransaction<T>(work: (db: Executor) => Promise<T>): Promise<T> {
    return this.db.isTransaction || !this.ownTransactions ? work(this.db) : this.db.transaction().execute(work)
  }

  /** Reviews joined with their vote counts. */
  private reviewsWithVotes(db: Executor = this.db) {
    const counts = db
      .selectFrom('review_votes')
      .select([
        'review_id',
        sql<number>`cast(sum(helpful) as integer)`.as('helpful_votes'),
        sql<number>`cast(count(*) - sum(helpful) as integer)`.as('not_helpful_votes'),
      ])
      .groupBy('review_id')
      .as('counts')
    return db
      .selectFrom('reader_reviews')
      .leftJoin(counts, 'counts.review_id', 'reader_reviews.id')
      .selectAll('reader_reviews')
      .select(['counts.helpful_votes', 'counts.not_helpful_votes'])
  }

  async createReview(review: NewReaderReview): Promise<StoredReaderReview> {
    const createdAt = review.createdAt ?? new Date().toISOString()
    const id = randomUUID()
    await this.db
      .insertInto('reader_reviews')
      .values(reviewRow({ ...review, id, createdAt, updatedAt: createdAt }))
      .execute()
    return (await this.getReview(id))!
  }

  async getReview(id: string): Promise<StoredReaderReview | null> {
    const row = await this.reviewsWithVotes().where('reader_reviews.id', '=', id).executeTakeFirst()
    return row ? toReview(row) : null
  }

  async updateReview(
    id: string,
    changes: Parameters<ReactionStore['updateReview']>[1],
  ): Promise<StoredReaderReview | null> {
    const { containsSpoilers, episodesWatched, ...text } = changes
    const result = await this.db
      .updateTable('reader_reviews')
      .set({
        ...text,
        ...(containsSpoilers === undefined ? {} : { contains_spoilers: containsSpoilers ? 1 : 0 }),
        ...(episodesWatched === undefined ? {} : { episodes_watched: episodesWatched }),
        updated_at: new Date().toISOString(),
      })
      .where('id', '=', id)
      .executeTakeFirst()
    return result.numUpdatedRows > 0n ? this.getReview(id) : null
  }

  async setStatus(id: string, status: ReviewStatus): Promise<StoredReaderReview | null> {
    const result = await this.db
      .updateTable('reader_reviews')
      .set({ status, updated_at: new Date().toISOString() })
      .where('id', '=', id)
      .executeTakeFirst()
    return result.numUpdatedRows > 0n ? this.getReview(id) : null
  }

  async listReviews({ subject, sort, rating, limit, offset = 0 }: ReviewListQuery): Promise<ReaderReview[]> {
    let query = this.reviewsWithVotes()
      .where('reader_reviews.subject', '=', subject)
      .where('reader_reviews.status', '=', 'published')
    if (rating !== undefined) query = query.where('reader_reviews.rating', '=', rating)
    const helpfulness = sql`coalesce(counts.helpful_votes, 0) - coalesce(counts.not_helpful_votes, 0)`
    const helpfulVotes = sql`coalesce(counts.helpful_votes, 0)`
    if (sort === 'helpful') query = query.orderBy(helpfulness, 'desc').orderBy(helpfulVotes, 'desc')
    if (sort === 'highest' || sort === 'lowest')
      query = query.orderBy('reader_reviews.rating', sort === 'highest' ? 'desc' : 'asc').orderBy(helpfulness, 'desc')
    const rows = await query
      .orderBy('reader_reviews.created_at', 'desc')
      .orderBy('reader_reviews.id', 'desc')
      .limit(limit)
      .offset(offset)
      .execute()
    return rows.map((row) => publicReview(toReview(row)))
  }

  async countReviews(subject: SubjectId, rating?: number): Promise<number> {
    let query = this.db
      .selectFrom('reader_reviews')
      .select(sql<number>`cast(count(*) as integer)`.as('reviews'))
      .where('subject', '=', subject)
      .where('status', '=', 'published')
    if (rating !== undefined) query = query.where('rating', '=', rating)
    const row = await query.executeTakeFirstOrThrow()
    return Number(row.reviews)
  }

  private ratingCounts(subjects: SubjectId[]) {
    return this.db
      .selectFrom('reader_reviews')
      .select(['subject', 'rating', sql<number>`cast(count(*) as integer)`.as('ratings')])
      .where('subject', 'in', subjects)
      .where('status', '=', 'published')
      .groupBy(['subject', 'rating'])
      .execute()
  }

  async summary(subject: SubjectId): Promise<AudienceSummary> {
    return (await this.summaries([subject])).get(subject)!
  }

  async summaries(subjects: SubjectId[]): Promise<Map<SubjectId, AudienceSummary>> {
    const unique = [...new Set(subjects)]
    const rows = unique.length ? await this.ratingCounts(unique) : []
    return new Map(
      unique.map((subject) => [
        subject,
        summarize(
          subject,
          rows.filter((row) => row.subject === subject).map((row) => [Number(row.rating), Number(row.ratings)]),
        ),
      ]),
    )
  }

  async vote({
    reviewId,
    readerId,
    ipHash,
    helpful,
  }: {
    reviewId: string
    readerId: string
    ipHash: string | null
    helpful: boolean
  }): Promise<VoteCounts | null> {
    const review = await this.db
      .selectFrom('reader_reviews')
      .select('id')
      .where('id', '=', reviewId)
      .where('status', '=', 'published')
      .executeTakeFirst()
    if (!review) return null
    const now = new Date().toISOString()
    await this.db
      .insertInto('review_votes')
      .values({
        review_id: reviewId,
        reader_id: readerId,
        ip_hash: ipHash,
        helpful: helpful ? 1 : 0,
        created_at: now,
        updated_at: now,
      })
      .onConflict((conflict) =>
        conflict
          .columns(['review_id', 'reader_id'])
          .doUpdateSet({ helpful: helpful ? 1 : 0, ip_hash: ipHash, updated_at: now }),
      )
      .execute()
    const counts = await this.db
      .selectFrom('review_votes')
      .select([
        sql<number>`cast(coalesce(sum(helpful), 0) as integer)`.as('helpful'),
        sql<number>`cast(count(*) - coalesce(sum(helpful), 0) as integer)`.as('notHelpful'),
      ])
      .where('review_id', '=', reviewId)
      .executeTakeFirstOrThrow()
    return { helpful: Number(counts.helpful), notHelpful: Number(counts.notHelpful) }
  }

  async hitRateLimit(key: string, limit: number, windowSeconds: number, now = new Date()): Promise<RateLimitResult> {
    const start = windowStart(now, windowSeconds)
    const row = await this.db
      .insertInto('rate_limit_hits')
      .values({ key, window_start: start.toISOString(), hits: 1 })
      .onConflict((conflict) =>
        conflict.columns(['key', 'window_start']).doUpdateSet({ hits: sql`rate_limit_hits.hits + 1` }),
      )
      .returning('hits')
      .executeTakeFirstOrThrow()
    const hits = Number(row.hits)
    // The first hit of a window sweeps windows older than a day, so the table stays small.
    if (hits === 1) {
      const dayAgo = new Date(now.getTime() - 86_400_000).toISOString()
      await this.db.deleteFrom('rate_limit_hits').where('window_start', '<', dayAgo).execute()
    }
    const retryAfterSeconds = Math.max(1, Math.ceil((start.getTime() + windowSeconds * 1000 - now.getTime()) / 1000))
    return { allowed: hits <= limit, hits, retryAfterSeconds }
  }

  async *exportRecords(): AsyncIterable<ReactionRecord> {
    // Keyset pages keep memory flat on any size and need no cursor support from the driver.
    let after = ''
    for (;;) {
      const rows = await this.reviewsWithVotes()
        .where('reader_reviews.id', '>', after)
        .orderBy('reader_reviews.id')
        .limit(EXPORT_BATCH)
        .execute()
      for (const row of rows) {
        const { helpful, notHelpful, ...review } = toReview(row)
        yield { kind: 'readerReview', ...review }
      }
      if (rows.length < EXPORT_BATCH) break
      after = rows.at(-1)!.id
    }
    let afterVote = { reviewId: '', readerId: '' }
    for (;;) {
      const rows = await this.db
        .selectFrom('review_votes')
        .selectAll()
        .where((eb) =>
          eb.or([
            eb('review_id', '>', afterVote.reviewId),
            eb.and([eb('review_id', '=', afterVote.reviewId), eb('reader_id', '>', afterVote.readerId)]),
          ]),
        )
        .orderBy('review_id')
        .orderBy('reader_id')
        .limit(EXPORT_BATCH)
        .execute()
      for (const row of rows)
        yield {
          kind: 'vote',
          reviewId: row.review_id,
          readerId: row.reader_id,
          ipHash: row.ip_hash,
          helpful: Number(row.helpful) === 1,
          createdAt: row.created_at,
          updatedAt: row.updated_at,
        }
      if (rows.length < EXPORT_BATCH) break
      const last = rows.at(-1)!
      afterVote = { reviewId: last.review_id, readerId: last.reader_id }
    }
  }

  async importRecords(records: Iterable<ReactionRecord> | AsyncIterable<ReactionRecord>): Promise<number> {
    const all: ReactionRecord[] = []
    for await (const record of records) all.push(record)
    // Reviews before votes, whatever the file order, so every vote finds its review.
    const reviews = all.filter((record) => record.kind === 'readerReview')
    const votes = all.filter((record) => record.kind === 'vote')
    const write = async (db: Executor) => {
      let inserted = 0
      for (const review of reviews) {
        const result = await db
          .insertInto('reader_reviews')
          .values(reviewRow(review))
          .onConflict((conflict) => conflict.column('id').doNothing())
          .executeTakeFirst()
        inserted += Number(result.numInsertedOrUpdatedRows ?? 0)
      }
      for (const vote of votes) {
        const result = await db
          .insertInto('review_votes')
          .values({
            review_id: vote.reviewId,
            reader_id: vote.readerId,
            ip_hash: vote.ipHash,
            helpful: vote.helpful ? 1 : 0,
            created_at: vote.createdAt,
            updated_at: vote.updatedAt,
          })
          .onConflict((conflict) => conflict.columns(['review_id', 'reader_id']).doNothing())
          .executeTakeFirst()
        inserted += Number(result.numInsertedOrUpdatedRows ?? 0)
      }
      return inserted
    }
    // All or nothing: a vote naming a missing review rolls the whole import back.
    return this.inTransaction(write)
  }

  /** Runs `work` once per database, the first time `key` is claimed (e.g. loading the sample). */
  async once(key: string, work: (store: KyselyReactionStore) => Promise<void>): Promise<boolean> {
    const run = async (db: Executor) => {
      const claimed = await db
        .insertInto('store_meta')
        .values({ key, value: new Date().toISOString() })
        .onConflict((conflict) => conflict.column('key').doNothing())
        .executeTakeFirst()
      if (Number(claimed.numInsertedOrUpdatedRows ?? 0) === 0) return false
      await work(new KyselyReactionStore(db, this.dialect, undefined, false))
      return true
    }
    return this.inTransaction(run)
  }

  async close(): Promise<void> {
    await this.onClose()
  }
}
