/**
 * Opens a ready ReactionStore: connects, applies pending migrations, sets the default held terms
 * and, when asked, loads the bundled sample reactions once into a new database (and again when the
 * sample gains new kinds; records already there are left alone). Used by the app, the scripts and the tests.
 */
import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { sql } from 'kysely'
import { DEFAULT_HELD_TERMS } from '../hold-rules'
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
  const prepare = async (into: KyselyReactionStore) => {
    // Every new database starts with the default held terms; moderators edit them from then on.
    await into.once('default-held-terms', (fresh) => fresh.setHeldTerms(DEFAULT_HELD_TERMS))
    if (!withSample) return
    const records = parseReactionRecords(await readFile(/*turbopackIgnore: true*/ sampleFile, 'utf8'), sampleFile)
    await into.once('sample-reactions-2026-12-02', (fresh) => fresh.importRecords(records).then(() => undefined))
  }
  try {
    if (dialect === 'postgres') {
      // Kysely's migrator holds an advisory lock on PostgreSQL; `once` claims the sample in a transaction.
      await migrateToLatest(db)
      await prepare(store)
    } else {
      // Several processes may open a new file at once (next build's workers). Kysely's SQLite
      // migrator takes no lock across processes, so one write transaction holds the file for all of
      // it; the others wait for it (busy_timeout) and then find everything done.
      await sql`begin immediate`.execute(db)
      try {
        await migrateToLatest(db)
        await prepare(new KyselyReactionStore(db, dialect, undefined, false))
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
