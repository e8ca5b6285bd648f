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

export interface ReaderCommentsTable {
  id: string
  subject: string
  parent_id: string | null
  reader_id: string
  ip_hash: string | null
  name: string
  body: string
  about_later_episodes: number
  status: string
  created_at: string
  updated_at: string
}

export interface ReportsTable {
  item_id: string
  item_kind: string
  reader_id: string
  ip_hash: string | null
  reason: string
  created_at: string
  resolved_at: string | null
}

export interface ModerationActionsTable {
  id: string
  item_id: string
  item_kind: string
  action: string
  by: string
  note: string | null
  created_at: string
}

export interface ReaderBlocksTable {
  id: string
  reader_id: string | null
  ip_hash: string | null
  item_id: string | null
  until: string
  reason: string | null
  by: string
  created_at: string
}

export interface HeldTermsTable {
  term: string
}

export interface ReactionsDatabase {
  reader_comments: ReaderCommentsTable
  reports: ReportsTable
  moderation_actions: ModerationActionsTable
  reader_blocks: ReaderBlocksTable
  held_terms: HeldTermsTable
  reader_reviews: ReaderReviewsTable
  review_votes: ReviewVotesTable
  rate_limit_hits: RateLimitHitsTable
  store_meta: StoreMetaTable
}
