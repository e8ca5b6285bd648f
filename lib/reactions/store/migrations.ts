/**
 * Versioned migrations, applied in name order by Kysely's Migrator on first use of a database and
 * recorded in its `kysely_migration` table. Append new ones; never edit one that has shipped.
 */
import { type Kysely, sql } from 'kysely'
import type { Migration } from 'kysely/migration'

export const migrations: Record<string, Migration> = {
  '2026-12-01-01-reader-reviews': {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('reader_reviews')
        .addColumn('id', 'text', (column) => column.primaryKey())
        .addColumn('subject', 'text', (column) => column.notNull())
        .addColumn('reader_id', 'text', (column) => column.notNull())
        .addColumn('ip_hash', 'text')
        .addColumn('rating', 'integer', (column) => column.notNull().check(sql`rating between 1 and 10`))
        .addColumn('title', 'text', (column) => column.notNull())
        .addColumn('body', 'text', (column) => column.notNull())
        .addColumn('name', 'text', (column) => column.notNull())
        .addColumn('contains_spoilers', 'integer', (column) => column.notNull().defaultTo(0))
        .addColumn('episodes_watched', 'integer')
        .addColumn('status', 'text', (column) => column.notNull())
        .addColumn('created_at', 'text', (column) => column.notNull())
        .addColumn('updated_at', 'text', (column) => column.notNull())
        .execute()
      await db.schema
        .createIndex('reader_reviews_by_subject')
        .on('reader_reviews')
        .columns(['subject', 'status', 'created_at'])
        .execute()
      await db.schema.createIndex('reader_reviews_by_reader').on('reader_reviews').column('reader_id').execute()

      await db.schema
        .createTable('review_votes')
        .addColumn('review_id', 'text', (column) => column.notNull().references('reader_reviews.id'))
        .addColumn('reader_id', 'text', (column) => column.notNull())
        .addColumn('ip_hash', 'text')
        .addColumn('helpful', 'integer', (column) => column.notNull())
        .addColumn('created_at', 'text', (column) => column.notNull())
        .addColumn('updated_at', 'text', (column) => column.notNull())
        .addPrimaryKeyConstraint('review_votes_one_per_reader', ['review_id', 'reader_id'])
        .execute()

      await db.schema
        .createTable('rate_limit_hits')
        .addColumn('key', 'text', (column) => column.notNull())
        .addColumn('window_start', 'text', (column) => column.notNull())
        .addColumn('hits', 'integer', (column) => column.notNull().defaultTo(1))
        .addPrimaryKeyConstraint('rate_limit_hits_per_window', ['key', 'window_start'])
        .execute()
      await db.schema.createIndex('rate_limit_hits_by_window').on('rate_limit_hits').column('window_start').execute()

      await db.schema
        .createTable('store_meta')
        .addColumn('key', 'text', (column) => column.primaryKey())
        .addColumn('value', 'text', (column) => column.notNull())
        .execute()
    },
  },
  '2026-12-02-01-comments-and-moderation': {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('reader_comments')
        .addColumn('id', 'text', (column) => column.primaryKey())
        .addColumn('subject', 'text', (column) => column.notNull())
        .addColumn('parent_id', 'text', (column) => column.references('reader_comments.id'))
        .addColumn('reader_id', 'text', (column) => column.notNull())
        .addColumn('ip_hash', 'text')
        .addColumn('name', 'text', (column) => column.notNull())
        .addColumn('body', 'text', (column) => column.notNull())
        .addColumn('about_later_episodes', 'integer', (column) => column.notNull().defaultTo(0))
        .addColumn('status', 'text', (column) => column.notNull())
        .addColumn('created_at', 'text', (column) => column.notNull())
        .addColumn('updated_at', 'text', (column) => column.notNull())
        .execute()
      await db.schema
        .createIndex('reader_comments_by_subject')
        .on('reader_comments')
        .columns(['subject', 'status', 'created_at'])
        .execute()
      await db.schema.createIndex('reader_comments_by_reader').on('reader_comments').column('reader_id').execute()
      await db.schema
        .createIndex('reader_comments_by_status')
        .on('reader_comments')
        .columns(['status', 'created_at'])
        .execute()
      await db.schema
        .createIndex('reader_reviews_by_status')
        .on('reader_reviews')
        .columns(['status', 'created_at'])
        .execute()

      // One row per reader per item: a reader's second report changes nothing.
      await db.schema
        .createTable('reports')
        .addColumn('item_id', 'text', (column) => column.notNull())
        .addColumn('item_kind', 'text', (column) => column.notNull())
        .addColumn('reader_id', 'text', (column) => column.notNull())
        .addColumn('ip_hash', 'text')
        .addColumn('reason', 'text', (column) => column.notNull())
        .addColumn('created_at', 'text', (column) => column.notNull())
        .addColumn('resolved_at', 'text')
        .addPrimaryKeyConstraint('reports_one_per_reader', ['item_id', 'reader_id'])
        .execute()

      await db.schema
        .createTable('moderation_actions')
        .addColumn('id', 'text', (column) => column.primaryKey())
        .addColumn('item_id', 'text', (column) => column.notNull())
        .addColumn('item_kind', 'text', (column) => column.notNull())
        .addColumn('action', 'text', (column) => column.notNull())
        .addColumn('by', 'text', (column) => column.notNull())
        .addColumn('note', 'text')
        .addColumn('created_at', 'text', (column) => column.notNull())
        .execute()
      await db.schema
        .createIndex('moderation_actions_by_item')
        .on('moderation_actions')
        .columns(['item_id', 'created_at'])
        .execute()

      await db.schema
        .createTable('reader_blocks')
        .addColumn('id', 'text', (column) => column.primaryKey())
        .addColumn('reader_id', 'text')
        .addColumn('ip_hash', 'text')
        .addColumn('item_id', 'text')
        .addColumn('until', 'text', (column) => column.notNull())
        .addColumn('reason', 'text')
        .addColumn('by', 'text', (column) => column.notNull())
        .addColumn('created_at', 'text', (column) => column.notNull())
        .execute()
      await db.schema
        .createIndex('reader_blocks_by_reader')
        .on('reader_blocks')
        .columns(['reader_id', 'until'])
        .execute()
      await db.schema.createIndex('reader_blocks_by_ip').on('reader_blocks').columns(['ip_hash', 'until']).execute()

      await db.schema
        .createTable('held_terms')
        .addColumn('term', 'text', (column) => column.primaryKey())
        .execute()
    },
  },
}
