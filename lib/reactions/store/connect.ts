/**
 * Opens the reactions database: PostgreSQL through `pg` when a URL is given, otherwise one SQLite
 * file through Node's built-in `node:sqlite` (no native module, no service).
 */
import { mkdirSync } from 'node:fs'
import path from 'node:path'
import { Kysely, PostgresDialect, SqliteDialect, type SqliteDatabase } from 'kysely'
import type { SQLInputValue } from 'node:sqlite'
import type { ReactionsDatabase } from './schema'

export type ReactionsDatabaseTarget = { databaseUrl: string } | { sqliteFile: string }

type NodeSqlite = typeof import('node:sqlite')

/**
 * Kysely's SQLite dialect speaks better-sqlite3's interface; node:sqlite differs only in taking
 * parameters as arguments and not saying whether a statement returns rows, so this adapts the two.
 */
function openNodeSqlite(file: string): SqliteDatabase {
  // getBuiltinModule keeps bundlers from trying to resolve node:sqlite themselves.
  const { DatabaseSync } = process.getBuiltinModule('node:sqlite') as NodeSqlite
  if (file !== ':memory:') mkdirSync(path.dirname(path.resolve(file)), { recursive: true })
  const database = new DatabaseSync(file)
  // WAL lets readers (other build workers, other instances on the file) go on while one writes.
  database.exec('PRAGMA busy_timeout = 10000; PRAGMA journal_mode = WAL; PRAGMA foreign_keys = ON;')
  return {
    close: () => database.close(),
    prepare(sqlText) {
      const statement = database.prepare(sqlText)
      return {
        reader: statement.columns().length > 0,
        all: (parameters) => statement.all(...(parameters as SQLInputValue[])),
        run: (parameters) => statement.run(...(parameters as SQLInputValue[])),
        iterate: (parameters) => statement.iterate(...(parameters as SQLInputValue[])),
      }
    },
  }
}

export async function openReactionsDatabase(target: ReactionsDatabaseTarget): Promise<Kysely<ReactionsDatabase>> {
  if ('databaseUrl' in target) {
    const { Pool } = await import('pg')
    const pool = new Pool({ connectionString: target.databaseUrl, max: 10 })
    return new Kysely<ReactionsDatabase>({ dialect: new PostgresDialect({ pool }) })
  }
  return new Kysely<ReactionsDatabase>({ dialect: new SqliteDialect({ database: openNodeSqlite(target.sqliteFile) }) })
}
