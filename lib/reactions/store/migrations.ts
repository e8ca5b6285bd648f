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
}
