import type {
  AudienceSummary,
  ReactionRecord,
  ReaderReview,
  ReaderReviewDraft,
  ReviewListQuery,
  ReviewStatus,
  StoredReaderReview,
  SubjectId,
  VoteCounts,
} from '../types'

export interface NewReaderReview extends ReaderReviewDraft {
  readerId: string
  ipHash: string | null
  status: Extract<ReviewStatus, 'published' | 'pending'>
  /** Defaults to now; set by imports and tests. */
  createdAt?: string
}

export interface RateLimitResult {
  allowed: boolean
  /** Hits in the current window, this one included. */
  hits: number
  /** Seconds until the window resets; meaningful when not allowed. */
  retryAfterSeconds: number
}

/**
 * Reader reactions in a database: SQLite (node:sqlite) by default, PostgreSQL when DATABASE_URL
 * is set. One implementation over Kysely serves both; the contract tests run against each.
 */
export interface ReactionStore {
  readonly dialect: 'sqlite' | 'postgres'
  createReview(review: NewReaderReview): Promise<StoredReaderReview>
  getReview(id: string): Promise<StoredReaderReview | null>
  /** Rewrites what the reader may change; returns null for an unknown id. */
  updateReview(
    id: string,
    changes: Partial<
      Pick<ReaderReviewDraft, 'rating' | 'title' | 'body' | 'name' | 'containsSpoilers' | 'episodesWatched'>
    >,
  ): Promise<StoredReaderReview | null>
  setStatus(id: string, status: ReviewStatus): Promise<StoredReaderReview | null>
  /** Published reviews of a subject, with vote counts. */
  listReviews(query: ReviewListQuery): Promise<ReaderReview[]>
  countReviews(subject: SubjectId, rating?: number): Promise<number>
  summary(subject: SubjectId): Promise<AudienceSummary>
  summaries(subjects: SubjectId[]): Promise<Map<SubjectId, AudienceSummary>>
  /** One vote per reader per review: a second vote replaces the first. Null for an unknown or unpublished review. */
  vote(vote: {
    reviewId: string
    readerId: string
    ipHash: string | null
    helpful: boolean
  }): Promise<VoteCounts | null>
  /** Counts a hit against `key` in a fixed window; shared by every instance using the database. */
  hitRateLimit(key: string, limit: number, windowSeconds: number, now?: Date): Promise<RateLimitResult>
  exportRecords(): AsyncIterable<ReactionRecord>
  /** Inserts records, keeping ids; existing ids are left as they are. Returns how many were new. */
  importRecords(records: Iterable<ReactionRecord> | AsyncIterable<ReactionRecord>): Promise<number>
  close(): Promise<void>
}
