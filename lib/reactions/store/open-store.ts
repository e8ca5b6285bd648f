/**
 * Opens a ready ReactionStore: connects, applies pending migrations and, when asked, loads the
 * bundled sample reactions once into a new database. Used by the app, the scripts and the tests.
 */
import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { sql } from 'kysely'
import { parseReactionRecords } from '../records'
import { type ReactionsDatabaseTarget, openReactionsDatabase } from './connect'
import { KyselyReactionStore, migrateToLatest } from './kysely-store'

export const SAMPLE_REACTIONS_FILE = path.join('lib', 'reactions', 'sample-reactions.ndjson')

export interface OpenStoreOptions {
  /** Load the sample reactions into a new database (the bundled content source does). */
  withSample?: boolean
  sampleFile?: string
}

export async function openReactionStore(
  target: ReactionsDatabaseTarget,
  { withSample = false, sampleFile = SAMPLE_REACTIONS_FILE }: OpenStoreOptions = {},
): Promise<KyselyReactionStore> {
  const db = await openReactionsDatabase(target)
  const dialect = 'databaseUrl' in target ? 'postgres' : 'sqlite'
  const store = new KyselyReactionStore(db, dialect, () => db.destroy())
  const loadSample = async (into: KyselyReactionStore) => {
    if (!withSample) return
    const records = parseReactionRecords(await readFile(/*turbopackIgnore: true*/ sampleFile, 'utf8'), sampleFile)
    await into.once('sample-reactions', (fresh) => fresh.importRecords(records).then(() => undefined))
  }
  try {
    if (dialect === 'postgres') {
      // Kysely's migrator holds an advisory lock on PostgreSQL; `once` claims the sample in a transaction.
      await migrateToLatest(db)
      await loadSample(store)
    } else {
      // Several processes may open a new file at once (next build's workers). Kysely's SQLite
      // migrator takes no lock across processes, so one write transaction holds the file for all of
      // it; the others wait for it (busy_timeout) and then find everything done.
      await sql`begin immediate`.execute(db)
      try {
        await migrateToLatest(db)
        await loadSample(new KyselyReactionStore(db, dialect, undefined, false))
        await sql`commit`.execute(db)
      } catch (error) {
        await sql`rollback`.execute(db)
        throw error
      }
    }
    return store
  } catch (error) {
    await db.destroy()
    throw error
  }
}
