import type {
  AudienceSummary,
  CommentDraft,
  CommentThread,
  ModeratedItemKind,
  ModerationAction,
  ModerationActionKind,
  ModerationItem,
  ModerationQueue,
  ReaderBlock,
  ReportReason,
  StoredReaderComment,
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

export interface NewReaderComment extends CommentDraft {
  readerId: string
  ipHash: string | null
  status: Extract<ReviewStatus, 'published' | 'pending'>
  createdAt?: string
}

export interface NewModerationAction {
  itemId: string
  itemKind: ModeratedItemKind
  action: ModerationActionKind
  by: string
  note?: string | null
  createdAt?: string
}

export interface RateLimitResult {
  allowed: boolean
  /** Hits in the current window, this one included. */
  hits: number
  /** Seconds until one more hit would be allowed; meaningful when not allowed. */
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
  /** Counts a hit against `key` in a sliding window; shared by every instance using the database. */
  hitRateLimit(key: string, limit: number, windowSeconds: number, now?: Date): Promise<RateLimitResult>

  createComment(comment: NewReaderComment): Promise<StoredReaderComment>
  getComment(id: string): Promise<StoredReaderComment | null>
  updateComment(
    id: string,
    changes: Partial<Pick<CommentDraft, 'body' | 'name' | 'aboutLaterEpisodes'>>,
  ): Promise<StoredReaderComment | null>
  setCommentStatus(id: string, status: ReviewStatus): Promise<StoredReaderComment | null>
  /** Published top-level comments of a subject, oldest first, each with its published replies. */
  listComments(subject: string): Promise<CommentThread[]>
  /** Whether the reader has anything published (a review or a comment): a new reader's first post may be held. */
  hasPublishedPost(readerId: string): Promise<boolean>

  /**
   * Records a reader's report of an item; a second report by the same reader changes nothing.
   * Returns how many different readers have reported it since a moderator last decided.
   */
  report(report: {
    itemId: string
    itemKind: ModeratedItemKind
    readerId: string
    ipHash: string | null
    reason: ReportReason
  }): Promise<{ counted: boolean; reporters: number }>
  /** A moderator decided: the item's open reports are closed, so it needs new ones to be hidden again. */
  resolveReports(itemId: string): Promise<void>

  recordAction(action: NewModerationAction): Promise<ModerationAction>
  /** The item's history, oldest first. */
  history(itemId: string): Promise<ModerationAction[]>
  /** A queue for moderators, newest first; never carries reader ids or IP hashes. */
  moderationQueue(queue: ModerationQueue, limit: number): Promise<ModerationItem[]>
  moderationItem(itemId: string): Promise<ModerationItem | null>
  /** Edits an item's text as a moderator (e.g. to take a spoiler out). */
  editItem(
    itemId: string,
    changes: { body?: string; title?: string; spoilerFlag?: boolean },
  ): Promise<ModerationItem | null>

  /** Blocks the author of an item (their reader id and IP hash) until `until`. Null for an unknown item. */
  blockAuthor(block: { itemId: string; until: string; reason: string | null; by: string }): Promise<ReaderBlock | null>
  /** An active block on this reader id or IP hash, if any. */
  activeBlock(who: { readerId: string; ipHash: string | null }, now?: Date): Promise<ReaderBlock | null>
  listBlocks(now?: Date): Promise<ReaderBlock[]>
  /** Ends a block early; false for an unknown id. */
  endBlock(id: string, now?: Date): Promise<boolean>

  /** Words and phrases that hold a post for a moderator; matched case-insensitively as whole words. */
  heldTerms(): Promise<string[]>
  /** Replaces the list; `by` names the moderator, recorded as the list's last change. */
  setHeldTerms(terms: string[], by?: string): Promise<void>
  /** Who last changed the held terms, and when; null while the list is the default. */
  heldTermsChange(): Promise<{ by: string; at: string } | null>

  exportRecords(): AsyncIterable<ReactionRecord>
  /** Inserts records, keeping ids; existing ids are left as they are. Returns how many were new. */
  importRecords(records: Iterable<ReactionRecord> | AsyncIterable<ReactionRecord>): Promise<number>
  close(): Promise<void>
}
