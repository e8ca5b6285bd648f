/**
 * New, empty reaction stores of one dialect for contract tests: SQLite files in a temp folder, or
 * databases in a real PostgreSQL 15 cluster started on a loopback port for the calling file.
 * Call inside a `describe`: it registers the hooks that start and stop everything.
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import pg from 'pg'
import { afterAll, beforeAll } from 'vitest'
import type { ReactionsDatabaseTarget } from '@/lib/reactions/store/connect'
import type { KyselyReactionStore } from '@/lib/reactions/store/kysely-store'
import { openReactionStore, type OpenStoreOptions } from '@/lib/reactions/store/open-store'
import { startTestPostgres, type TestPostgres } from './postgres'

export type StoreDialect = 'sqlite' | 'postgres'

export function useReactionStores(dialect: StoreDialect) {
  let postgres: TestPostgres | undefined
  const folder = mkdtempSync(path.join(tmpdir(), `reactions-${dialect}-`))
  const opened: KyselyReactionStore[] = []
  let databases = 0

  beforeAll(async () => {
    if (dialect === 'postgres') postgres = await startTestPostgres()
  }, 60_000)

  afterAll(async () => {
    await Promise.all(opened.map((store) => store.close()))
    postgres?.stop()
    rmSync(folder, { recursive: true, force: true })
  })

  /** A new, empty database of this dialect. */
  async function newTarget(): Promise<ReactionsDatabaseTarget> {
    databases += 1
    if (dialect === 'sqlite') return { sqliteFile: path.join(folder, `store-${databases}.sqlite`) }
    const admin = new pg.Client({ connectionString: postgres!.url })
    await admin.connect()
    await admin.query(`create database contract_${databases}`)
    await admin.end()
    return { databaseUrl: postgres!.url.replace(/\/postgres$/, `/contract_${databases}`) }
  }

  async function open(target: ReactionsDatabaseTarget, options?: OpenStoreOptions) {
    const store = await openReactionStore(target, options)
    opened.push(store)
    return store
  }

  return { folder, newTarget, open, freshStore: async () => open(await newTarget()) }
}
