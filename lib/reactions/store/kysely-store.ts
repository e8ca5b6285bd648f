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
  type CommentThread,
  type ModeratedItemKind,
  type ModerationAction,
  type ModerationActionKind,
  type ModerationItem,
  type ModerationQueue,
  MINIMUM_RATINGS_FOR_AVERAGE,
  RATINGS,
  type RatingHistogram,
  type ReactionRecord,
  type ReaderBlock,
  type ReaderComment,
  type ReaderReview,
  type ReportReason,
  type StoredReaderComment,
  type ReviewListQuery,
  type ReviewStatus,
  type StoredReaderReview,
  type SubjectId,
  type VoteCounts,
} from '../types'
import { migrations } from './migrations'
import { slidingWindowVerdict } from './sliding-window'
import type {
  ModerationActionsTable,
  ReactionsDatabase,
  ReaderBlocksTable,
  ReaderCommentsTable,
  ReaderReviewsTable,
} from './schema'
import type { NewModerationAction, NewReaderComment, NewReaderReview, RateLimitResult, ReactionStore } from './store'

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

function toComment(row: ReaderCommentsTable): StoredReaderComment {
  return {
    id: row.id,
    subject: row.subject,
    parent: row.parent_id,
    readerId: row.reader_id,
    ipHash: row.ip_hash,
    name: row.name,
    body: row.body,
    aboutLaterEpisodes: Number(row.about_later_episodes) === 1,
    status: row.status as ReviewStatus,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  }
}

function commentRow(comment: StoredReaderComment): ReaderCommentsTable {
  return {
    id: comment.id,
    subject: comment.subject,
    parent_id: comment.parent,
    reader_id: comment.readerId,
    ip_hash: comment.ipHash,
    name: comment.name,
    body: comment.body,
    about_later_episodes: comment.aboutLaterEpisodes ? 1 : 0,
    status: comment.status,
    created_at: comment.createdAt,
    updated_at: comment.updatedAt,
  }
}

export function publicComment({ readerId, ipHash, ...comment }: StoredReaderComment): ReaderComment {
  return comment
}

function toAction(row: ModerationActionsTable): ModerationAction {
  return {
    id: row.id,
    itemId: row.item_id,
    itemKind: row.item_kind as ModeratedItemKind,
    action: row.action as ModerationActionKind,
    by: row.by,
    note: row.note,
    createdAt: row.created_at,
  }
}

function toBlock(row: ReaderBlocksTable): ReaderBlock {
  return {
    id: row.id,
    itemId: row.item_id,
    until: row.until,
    reason: row.reason,
    by: row.by,
    createdAt: row.created_at,
  }
}

type ItemWithoutReports = Omit<ModerationItem, 'reports' | 'reportCount'>

function commentItem(row: ReaderCommentsTable): ItemWithoutReports {
  return {
    kind: 'comment',
    id: row.id,
    subject: row.subject,
    parent: row.parent_id,
    name: row.name,
    title: null,
    body: row.body,
    spoilerFlag: Number(row.about_later_episodes) === 1,
    status: row.status as ReviewStatus,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  }
}

function reviewItem(row: ReaderReviewsTable): ItemWithoutReports {
  return {
    kind: 'readerReview',
    id: row.id,
    subject: row.subject,
    parent: null,
    name: row.name,
    title: row.title,
    body: row.body,
    spoilerFlag: Number(row.contains_spoilers) === 1,
    status: row.status as ReviewStatus,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  }
}

const byNewest = (a: { createdAt: string }, b: { createdAt: string }) => b.createdAt.localeCompare(a.createdAt)

const EXPORT_BATCH = 500
const HELD_TERMS_CHANGE = 'held-terms-changed'

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
    const windowMs = windowSeconds * 1000
    const start = windowStart(now, windowSeconds)
    // The previous window is closed, so its count can be read beside the increment, not after it.
    const [row, previous] = await Promise.all([
      this.db
        .insertInto('rate_limit_hits')
        .values({ key, window_start: start.toISOString(), hits: 1 })
        .onConflict((conflict) =>
          conflict.columns(['key', 'window_start']).doUpdateSet({ hits: sql`rate_limit_hits.hits + 1` }),
        )
        .returning('hits')
        .executeTakeFirstOrThrow(),
      this.db
        .selectFrom('rate_limit_hits')
        .select('hits')
        .where('key', '=', key)
        .where('window_start', '=', new Date(start.getTime() - windowMs).toISOString())
        .executeTakeFirst(),
    ])
    const hits = Number(row.hits)
    // The first hit of a window sweeps windows older than a day, so the table stays small.
    if (hits === 1) {
      const dayAgo = new Date(now.getTime() - 86_400_000).toISOString()
      await this.db.deleteFrom('rate_limit_hits').where('window_start', '<', dayAgo).execute()
    }
    return slidingWindowVerdict({
      hits,
      previousHits: Number(previous?.hits ?? 0),
      limit,
      windowMs,
      elapsedMs: now.getTime() - start.getTime(),
    })
  }

  async createComment(comment: NewReaderComment): Promise<StoredReaderComment> {
    const createdAt = comment.createdAt ?? new Date().toISOString()
    const stored: StoredReaderComment = { ...comment, id: randomUUID(), createdAt, updatedAt: createdAt }
    await this.db.insertInto('reader_comments').values(commentRow(stored)).execute()
    return stored
  }

  async getComment(id: string): Promise<StoredReaderComment | null> {
    const row = await this.db.selectFrom('reader_comments').selectAll().where('id', '=', id).executeTakeFirst()
    return row ? toComment(row) : null
  }

  async updateComment(
    id: string,
    { aboutLaterEpisodes, ...text }: Parameters<ReactionStore['updateComment']>[1],
  ): Promise<StoredReaderComment | null> {
    const result = await this.db
      .updateTable('reader_comments')
      .set({
        ...text,
        ...(aboutLaterEpisodes === undefined ? {} : { about_later_episodes: aboutLaterEpisodes ? 1 : 0 }),
        updated_at: new Date().toISOString(),
      })
      .where('id', '=', id)
      .executeTakeFirst()
    return result.numUpdatedRows > 0n ? this.getComment(id) : null
  }

  async setCommentStatus(id: string, status: ReviewStatus): Promise<StoredReaderComment | null> {
    const result = await this.db
      .updateTable('reader_comments')
      .set({ status, updated_at: new Date().toISOString() })
      .where('id', '=', id)
      .executeTakeFirst()
    return result.numUpdatedRows > 0n ? this.getComment(id) : null
  }

  async listComments(subject: string): Promise<CommentThread[]> {
    const rows = await this.db
      .selectFrom('reader_comments')
      .selectAll()
      .where('subject', '=', subject)
      .where('status', '=', 'published')
      .orderBy('created_at')
      .orderBy('id')
      .execute()
    const threads = new Map<string, CommentThread>()
    for (const row of rows) {
      if (row.parent_id === null) threads.set(row.id, { ...publicComment(toComment(row)), replies: [] })
    }
    // A published reply under a parent that is not published is not shown: its context is gone.
    for (const row of rows) {
      if (row.parent_id !== null) threads.get(row.parent_id)?.replies.push(publicComment(toComment(row)))
    }
    return [...threads.values()]
  }

  async hasPublishedPost(readerId: string): Promise<boolean> {
    const [review, comment] = await Promise.all([
      this.db
        .selectFrom('reader_reviews')
        .select('id')
        .where('reader_id', '=', readerId)
        .where('status', '=', 'published')
        .executeTakeFirst(),
      this.db
        .selectFrom('reader_comments')
        .select('id')
        .where('reader_id', '=', readerId)
        .where('status', '=', 'published')
        .executeTakeFirst(),
    ])
    return Boolean(review ?? comment)
  }

  async report({
    itemId,
    itemKind,
    readerId,
    ipHash,
    reason,
  }: Parameters<ReactionStore['report']>[0]): Promise<{ counted: boolean; reporters: number }> {
    const inserted = await this.db
      .insertInto('reports')
      .values({
        item_id: itemId,
        item_kind: itemKind,
        reader_id: readerId,
        ip_hash: ipHash,
        reason,
        created_at: new Date().toISOString(),
        resolved_at: null,
      })
      .onConflict((conflict) => conflict.columns(['item_id', 'reader_id']).doNothing())
      .executeTakeFirst()
    const row = await this.db
      .selectFrom('reports')
      .select(sql<number>`cast(count(*) as integer)`.as('reporters'))
      .where('item_id', '=', itemId)
      .where('resolved_at', 'is', null)
      .executeTakeFirstOrThrow()
    return { counted: Number(inserted.numInsertedOrUpdatedRows ?? 0) > 0, reporters: Number(row.reporters) }
  }

  async resolveReports(itemId: string): Promise<void> {
    await this.db
      .updateTable('reports')
      .set({ resolved_at: new Date().toISOString() })
      .where('item_id', '=', itemId)
      .where('resolved_at', 'is', null)
      .execute()
  }

  async recordAction(action: NewModerationAction): Promise<ModerationAction> {
    const row: ModerationActionsTable = {
      id: randomUUID(),
      item_id: action.itemId,
      item_kind: action.itemKind,
      action: action.action,
      by: action.by,
      note: action.note ?? null,
      created_at: action.createdAt ?? new Date().toISOString(),
    }
    await this.db.insertInto('moderation_actions').values(row).execute()
    return toAction(row)
  }

  async history(itemId: string): Promise<ModerationAction[]> {
    const rows = await this.db
      .selectFrom('moderation_actions')
      .selectAll()
      .where('item_id', '=', itemId)
      .orderBy('created_at')
      .orderBy('id')
      .execute()
    return rows.map(toAction)
  }

  /** Open reports by reason for each item. */
  private async openReports(itemIds: string[]): Promise<Map<string, Partial<Record<ReportReason, number>>>> {
    const byItem = new Map<string, Partial<Record<ReportReason, number>>>()
    if (itemIds.length === 0) return byItem
    const rows = await this.db
      .selectFrom('reports')
      .select(['item_id', 'reason', sql<number>`cast(count(*) as integer)`.as('reports')])
      .where('item_id', 'in', itemIds)
      .where('resolved_at', 'is', null)
      .groupBy(['item_id', 'reason'])
      .execute()
    for (const row of rows) {
      const reasons = byItem.get(row.item_id) ?? {}
      reasons[row.reason as ReportReason] = Number(row.reports)
      byItem.set(row.item_id, reasons)
    }
    return byItem
  }

  private async withReports(items: ItemWithoutReports[]): Promise<ModerationItem[]> {
    const reports = await this.openReports(items.map((item) => item.id))
    return items.map((item) => {
      const reasons = reports.get(item.id) ?? {}
      const reportCount = Object.values(reasons).reduce((total, count) => total + (count ?? 0), 0)
      return { ...item, reports: reasons, reportCount }
    })
  }

  private async itemsByStatus(status: ReviewStatus, limit: number): Promise<ItemWithoutReports[]> {
    const [comments, reviews] = await Promise.all([
      this.db
        .selectFrom('reader_comments')
        .selectAll()
        .where('status', '=', status)
        .orderBy('created_at', 'desc')
        .limit(limit)
        .execute(),
      this.db
        .selectFrom('reader_reviews')
        .selectAll()
        .where('status', '=', status)
        .orderBy('created_at', 'desc')
        .limit(limit)
        .execute(),
    ])
    return [...comments.map(commentItem), ...reviews.map(reviewItem)].sort(byNewest).slice(0, limit)
  }

  private async itemsById(ids: string[]): Promise<ItemWithoutReports[]> {
    if (ids.length === 0) return []
    const [comments, reviews] = await Promise.all([
      this.db.selectFrom('reader_comments').selectAll().where('id', 'in', ids).execute(),
      this.db.selectFrom('reader_reviews').selectAll().where('id', 'in', ids).execute(),
    ])
    const found = new Map([...comments.map(commentItem), ...reviews.map(reviewItem)].map((item) => [item.id, item]))
    return ids.flatMap((id) => found.get(id) ?? [])
  }

  async moderationQueue(queue: ModerationQueue, limit: number): Promise<ModerationItem[]> {
    if (queue === 'reported') {
      const reported = await this.db
        .selectFrom('reports')
        .select(['item_id', sql<string>`max(created_at)`.as('last_report')])
        .where('resolved_at', 'is', null)
        .groupBy('item_id')
        .orderBy(sql`max(created_at)`, 'desc')
        .limit(limit)
        .execute()
      const items = await this.itemsById(reported.map((row) => row.item_id))
      return this.withReports(items.filter((item) => item.status !== 'deleted'))
    }
    return this.withReports(await this.itemsByStatus(queue === 'pending' ? 'pending' : 'published', limit))
  }

  async moderationItem(itemId: string): Promise<ModerationItem | null> {
    const [item] = await this.withReports(await this.itemsById([itemId]))
    return item ?? null
  }

  async editItem(
    itemId: string,
    { body, title, spoilerFlag }: Parameters<ReactionStore['editItem']>[1],
  ): Promise<ModerationItem | null> {
    const item = await this.moderationItem(itemId)
    if (!item) return null
    if (item.kind === 'comment') await this.updateComment(itemId, { body, aboutLaterEpisodes: spoilerFlag })
    else await this.updateReview(itemId, { body, title, containsSpoilers: spoilerFlag })
    return this.moderationItem(itemId)
  }

  /** Who wrote an item, for blocking: never leaves the store. */
  private async author(itemId: string): Promise<{ reader_id: string; ip_hash: string | null } | null> {
    const comment = await this.db
      .selectFrom('reader_comments')
      .select(['reader_id', 'ip_hash'])
      .where('id', '=', itemId)
      .executeTakeFirst()
    return (
      comment ??
      (await this.db
        .selectFrom('reader_reviews')
        .select(['reader_id', 'ip_hash'])
        .where('id', '=', itemId)
        .executeTakeFirst()) ??
      null
    )
  }

  async blockAuthor({ itemId, until, reason, by }: Parameters<ReactionStore['blockAuthor']>[0]) {
    const author = await this.author(itemId)
    if (!author) return null
    const row: ReaderBlocksTable = {
      id: randomUUID(),
      reader_id: author.reader_id,
      ip_hash: author.ip_hash,
      item_id: itemId,
      until,
      reason,
      by,
      created_at: new Date().toISOString(),
    }
    await this.db.insertInto('reader_blocks').values(row).execute()
    return toBlock(row)
  }

  async activeBlock(
    { readerId, ipHash }: { readerId: string; ipHash: string | null },
    now = new Date(),
  ): Promise<ReaderBlock | null> {
    const row = await this.db
      .selectFrom('reader_blocks')
      .selectAll()
      .where('until', '>', now.toISOString())
      .where((eb) => eb.or([eb('reader_id', '=', readerId), ...(ipHash ? [eb('ip_hash', '=', ipHash)] : [])]))
      .orderBy('until', 'desc')
      .executeTakeFirst()
    return row ? toBlock(row) : null
  }

  async listBlocks(now = new Date()): Promise<ReaderBlock[]> {
    const rows = await this.db
      .selectFrom('reader_blocks')
      .selectAll()
      .where('until', '>', now.toISOString())
      .orderBy('created_at', 'desc')
      .execute()
    return rows.map(toBlock)
  }

  async endBlock(id: string, now = new Date()): Promise<boolean> {
    const result = await this.db
      .updateTable('reader_blocks')
      .set({ until: now.toISOString() })
      .where('id', '=', id)
      .where('until', '>', now.toISOString())
      .executeTakeFirst()
    return result.numUpdatedRows > 0n
  }

  async heldTerms(): Promise<string[]> {
    const rows = await this.db.selectFrom('held_terms').select('term').orderBy('term').execute()
    return rows.map((row) => row.term)
  }

  async setHeldTerms(terms: string[], by?: string): Promise<void> {
    const unique = [...new Set(terms.map((term) => term.trim().toLowerCase()).filter(Boolean))]
    await this.inTransaction(async (db) => {
      await db.deleteFrom('held_terms').execute()
      if (unique.length)
        await db
          .insertInto('held_terms')
          .values(unique.map((term) => ({ term })))
          .execute()
      if (by === undefined) return
      const change = JSON.stringify({ by, at: new Date().toISOString() })
      await db
        .insertInto('store_meta')
        .values({ key: HELD_TERMS_CHANGE, value: change })
        .onConflict((conflict) => conflict.column('key').doUpdateSet({ value: change }))
        .execute()
    })
  }

  async heldTermsChange(): Promise<{ by: string; at: string } | null> {
    const row = await this.db
      .selectFrom('store_meta')
      .select('value')
      .where('key', '=', HELD_TERMS_CHANGE)
      .executeTakeFirst()
    return row ? (JSON.parse(row.value) as { by: string; at: string }) : null
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
    let afterComment = ''
    for (;;) {
      const rows = await this.db
        .selectFrom('reader_comments')
        .selectAll()
        .where('id', '>', afterComment)
        .orderBy('id')
        .limit(EXPORT_BATCH)
        .execute()
      for (const row of rows) yield { kind: 'comment', ...toComment(row) }
      if (rows.length < EXPORT_BATCH) break
      afterComment = rows.at(-1)!.id
    }
    // Reports, the moderation history, blocks and held terms are small next to the posts themselves.
    for (const row of await this.db.selectFrom('reports').selectAll().orderBy('created_at').execute())
      yield {
        kind: 'report',
        itemId: row.item_id,
        itemKind: row.item_kind as ModeratedItemKind,
        readerId: row.reader_id,
        ipHash: row.ip_hash,
        reason: row.reason as ReportReason,
        createdAt: row.created_at,
        resolvedAt: row.resolved_at,
      }
    for (const row of await this.db.selectFrom('moderation_actions').selectAll().orderBy('created_at').execute())
      yield { kind: 'moderationAction', ...toAction(row) }
    for (const row of await this.db.selectFrom('reader_blocks').selectAll().orderBy('created_at').execute())
      yield { kind: 'readerBlock', ...toBlock(row), readerId: row.reader_id, ipHash: row.ip_hash }
    for (const term of await this.heldTerms()) yield { kind: 'heldTerm', term }
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
      // Top-level comments before replies, so every reply finds its parent.
      const comments = all
        .filter((record) => record.kind === 'comment')
        .sort((a, b) => Number(a.parent !== null) - Number(b.parent !== null))
      for (const { kind: _kind, ...comment } of comments) {
        const result = await db
          .insertInto('reader_comments')
          .values(commentRow(comment))
          .onConflict((conflict) => conflict.column('id').doNothing())
          .executeTakeFirst()
        inserted += Number(result.numInsertedOrUpdatedRows ?? 0)
      }
      for (const record of all) {
        let result: { numInsertedOrUpdatedRows?: bigint } | undefined
        if (record.kind === 'report') {
          result = await db
            .insertInto('reports')
            .values({
              item_id: record.itemId,
              item_kind: record.itemKind,
              reader_id: record.readerId,
              ip_hash: record.ipHash,
              reason: record.reason,
              created_at: record.createdAt,
              resolved_at: record.resolvedAt,
            })
            .onConflict((conflict) => conflict.columns(['item_id', 'reader_id']).doNothing())
            .executeTakeFirst()
        } else if (record.kind === 'moderationAction') {
          result = await db
            .insertInto('moderation_actions')
            .values({
              id: record.id,
              item_id: record.itemId,
              item_kind: record.itemKind,
              action: record.action,
              by: record.by,
              note: record.note,
              created_at: record.createdAt,
            })
            .onConflict((conflict) => conflict.column('id').doNothing())
            .executeTakeFirst()
        } else if (record.kind === 'readerBlock') {
          result = await db
            .insertInto('reader_blocks')
            .values({
              id: record.id,
              reader_id: record.readerId,
              ip_hash: record.ipHash,
              item_id: record.itemId,
              until: record.until,
              reason: record.reason,
              by: record.by,
              created_at: record.createdAt,
            })
            .onConflict((conflict) => conflict.column('id').doNothing())
            .executeTakeFirst()
        } else if (record.kind === 'heldTerm') {
          result = await db
            .insertInto('held_terms')
            .values({ term: record.term.trim().toLowerCase() })
            .onConflict((conflict) => conflict.column('term').doNothing())
            .executeTakeFirst()
        }
        inserted += Number(result?.numInsertedOrUpdatedRows ?? 0)
      }
      return inserted
    }
    // All or nothing: a vote naming a missing review or a reply its parent rolls the whole import back.
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
