/**
 * Reader reactions: reviews with a 1-10 rating and helpful votes, written by readers without
 * accounts (a signed cookie names a browser). Shared by the store, the HTTP API and the pages.
 */

/** The published Sanity `_id` of a series or an episode that readers review. */
export type SubjectId = string

export const REVIEW_STATUSES = ['published', 'pending', 'hidden', 'rejected', 'deleted'] as const
/** `pending` waits for a moderator (policy `pre`); only `published` reviews are shown or counted. */
export type ReviewStatus = (typeof REVIEW_STATUSES)[number]

export const RATINGS = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10] as const
export type Rating = (typeof RATINGS)[number]

export const REVIEW_SORTS = ['helpful', 'newest', 'highest', 'lowest'] as const
export type ReviewSort = (typeof REVIEW_SORTS)[number]

export const REVIEW_SORT_LABELS: Record<ReviewSort, string> = {
  helpful: 'Most helpful',
  newest: 'Newest',
  highest: 'Highest rating',
  lowest: 'Lowest rating',
}

/** Fewer published ratings than this and no average is shown ("Not enough ratings yet"). */
export const MINIMUM_RATINGS_FOR_AVERAGE = 5

/** A reader may edit or delete their own review for this long after posting. */
export const EDIT_WINDOW_MS = 15 * 60 * 1000

export const REVIEW_LIMITS = {
  title: { min: 1, max: 120 },
  body: { min: 20, max: 5000 },
  name: { min: 1, max: 60 },
} as const

/** What a reader writes. */
export interface ReaderReviewDraft {
  subject: SubjectId
  rating: Rating
  title: string
  body: string
  name: string
  containsSpoilers: boolean
  /** Series reviews only: how many episodes the reader had watched. */
  episodesWatched: number | null
}

/** A stored review as readers see it: no reader id or IP hash. */
export interface ReaderReview extends ReaderReviewDraft {
  id: string
  status: ReviewStatus
  /** ISO 8601, UTC. */
  createdAt: string
  updatedAt: string
  helpful: number
  notHelpful: number
}

/** A stored review with who wrote it, for the write path, moderation and export. */
export interface StoredReaderReview extends ReaderReview {
  readerId: string
  /** Salted hash of the poster's IP address; never the address. */
  ipHash: string | null
}

export type RatingHistogram = Record<`${Rating}`, number>

export interface AudienceSummary {
  subject: SubjectId
  /** Published ratings. */
  count: number
  /** One decimal; null under MINIMUM_RATINGS_FOR_AVERAGE ratings. */
  average: number | null
  histogram: RatingHistogram
}

export interface VoteCounts {
  helpful: number
  notHelpful: number
}

export interface ReviewListQuery {
  subject: SubjectId
  sort: ReviewSort
  /** Only reviews with this rating. */
  rating?: Rating
  limit: number
  offset?: number
}

/** One line of `reactions:export` NDJSON (and of the bundled sample). */
export type ReactionRecord =
  | ({ kind: 'readerReview' } & Omit<StoredReaderReview, 'helpful' | 'notHelpful'>)
  | {
      kind: 'vote'
      reviewId: string
      readerId: string
      ipHash: string | null
      helpful: boolean
      createdAt: string
      updatedAt: string
    }
  | ({ kind: 'comment' } & StoredReaderComment)
  | {
      kind: 'report'
      itemId: string
      itemKind: ModeratedItemKind
      readerId: string
      ipHash: string | null
      reason: ReportReason
      createdAt: string
      resolvedAt: string | null
    }
  | ({ kind: 'moderationAction' } & ModerationAction)
  | ({ kind: 'readerBlock'; readerId: string | null; ipHash: string | null } & ReaderBlock)
  | { kind: 'heldTerm'; term: string }

/** The published Sanity `_id` of a critic's review (any kind) or a news article that readers discuss. */
export type CommentSubjectId = string

export const COMMENT_LIMITS = {
  body: { min: 1, max: 5000 },
  name: { min: 1, max: 60 },
} as const

/** What a reader writes: a comment on a subject, or a reply to a top-level comment (one level deep). */
export interface CommentDraft {
  subject: CommentSubjectId
  body: string
  name: string
  /** The id of the top-level comment this replies to. */
  parent: string | null
  /** On an episode review (or first impressions): the comment discusses later episodes, so it is folded. */
  aboutLaterEpisodes: boolean
}

/** A stored comment as readers see it: no reader id or IP hash. Status values are those of reviews. */
export interface ReaderComment extends CommentDraft {
  id: string
  status: ReviewStatus
  createdAt: string
  updatedAt: string
}

export interface StoredReaderComment extends ReaderComment {
  readerId: string
  ipHash: string | null
}

/** A published top-level comment with its published replies, oldest first. */
export interface CommentThread extends ReaderComment {
  replies: ReaderComment[]
}

/** Comments in threads, replies included. */
export function countComments(threads: readonly CommentThread[]): number {
  return threads.reduce((count, thread) => count + 1 + thread.replies.length, 0)
}

export const REPORT_REASONS = ['spoiler', 'abuse', 'spam', 'off-topic'] as const
export type ReportReason = (typeof REPORT_REASONS)[number]

export const REPORT_REASON_LABELS: Record<ReportReason, string> = {
  spoiler: 'Spoils later episodes',
  abuse: 'Abusive or hateful',
  spam: 'Spam or advertising',
  'off-topic': 'Off-topic',
}

/** What readers post that moderators act on. */
export type ModeratedItemKind = 'comment' | 'readerReview'

export const MODERATION_ACTIONS = [
  /** Recorded by the site itself (`by` is "rules" or "reports"). */
  'held',
  'hidden-by-reports',
  /** Taken by a moderator. */
  'approve',
  'reject',
  'hide',
  'restore',
  'edit',
  'block',
  'unblock',
] as const
export type ModerationActionKind = (typeof MODERATION_ACTIONS)[number]

/** One entry of an item's history: who did what, when and why. */
export interface ModerationAction {
  id: string
  itemId: string
  itemKind: ModeratedItemKind
  action: ModerationActionKind
  /** A moderator's name, or "rules" / "reports" for what the site did itself. */
  by: string
  note: string | null
  createdAt: string
}

/** An item as moderators see it: its text and state, never the reader's id or IP hash. */
export interface ModerationItem {
  kind: ModeratedItemKind
  id: string
  subject: string
  /** Comments: the parent comment's id; reviews: null. */
  parent: string | null
  name: string
  /** Reader reviews: their title; comments: null. */
  title: string | null
  body: string
  /** `containsSpoilers` of a review, `aboutLaterEpisodes` of a comment. */
  spoilerFlag: boolean
  status: ReviewStatus
  createdAt: string
  updatedAt: string
  /** Unresolved reports by reason (each reader counts once). */
  reports: Partial<Record<ReportReason, number>>
  reportCount: number
}

export const MODERATION_QUEUES = ['pending', 'reported', 'recent'] as const
export type ModerationQueue = (typeof MODERATION_QUEUES)[number]

/** A reader kept from posting: by cookie id and IP hash, neither of which is ever shown. */
export interface ReaderBlock {
  id: string
  /** The item whose author was blocked, for the record. */
  itemId: string | null
  until: string
  reason: string | null
  by: string
  createdAt: string
}
