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
