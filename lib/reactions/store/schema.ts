/**
 * Tables as Kysely sees them. Columns use types both SQLite and PostgreSQL store the same way:
 * text, integer (booleans as 0/1) and ISO 8601 UTC timestamps as text, which sort by time.
 */
import type { Generated } from 'kysely'

export interface ReaderReviewsTable {
  id: string
  subject: string
  reader_id: string
  ip_hash: string | null
  rating: number
  title: string
  body: string
  name: string
  contains_spoilers: number
  episodes_watched: number | null
  status: string
  created_at: string
  updated_at: string
}

export interface ReviewVotesTable {
  review_id: string
  reader_id: string
  ip_hash: string | null
  helpful: number
  created_at: string
  updated_at: string
}

export interface RateLimitHitsTable {
  key: string
  window_start: string
  hits: Generated<number>
}

export interface StoreMetaTable {
  key: string
  value: string
}

export interface ReactionsDatabase {
  reader_reviews: ReaderReviewsTable
  review_votes: ReviewVotesTable
  rate_limit_hits: RateLimitHitsTable
  store_meta: StoreMetaTable
}
