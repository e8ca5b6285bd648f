/**
 * Opens a ready ReactionStore: connects, applies pending migrations and, when asked, loads the
 * bundled sample reactions once into a new database. Used by the app, the scripts and the tests.
 */
import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { parseReactionRecords } from '../records'
import { type ReactionsDatabaseTarget, openReactionsDatabase } from './connect'
import { KyselyReactionStore, migrateToLatest } from './kysely-store'

export const SAMPLE_REACTIONS_FILE = path.join('lib', 'reactions', 'sample-reactions.ndjson')

export interface OpenStoreOptions {
  /** Load the sample reactions into a new database (the bundled content source does). */
  withSample?: boolean
  sampleFile?: string
}

// Several processes may open a new SQLite file at once (next build's workers): one migrates and
// the others find the file busy. Retrying finds the migrations applied and the sample loaded.
const BUSY_RETRIES = 20

function isBusy(error: unknown): boolean {
  const text = String((error as { cause?: unknown })?.cause ?? '') + String(error)
  return /SQLITE_BUSY|database is locked/i.test(text)
}

export async function openReactionStore(
  target: ReactionsDatabaseTarget,
  { withSample = false, sampleFile = SAMPLE_REACTIONS_FILE }: OpenStoreOptions = {},
): Promise<KyselyReactionStore> {
  const db = await openReactionsDatabase(target)
  const store = new KyselyReactionStore(db, 'databaseUrl' in target ? 'postgres' : 'sqlite', () => db.destroy())
  for (let attempt = 1; ; attempt++) {
    try {
      await migrateToLatest(db)
      if (withSample) {
        const text = await readFile(path.resolve(sampleFile), 'utf8')
        const records = parseReactionRecords(text, sampleFile)
        await store.once('sample-reactions', (fresh) => fresh.importRecords(records).then(() => undefined))
      }
      return store
    } catch (error) {
      if (!isBusy(error) || attempt === BUSY_RETRIES) {
        await db.destroy()
        throw error
      }
      await new Promise((resolve) => setTimeout(resolve, 50 * attempt))
    }
  }
}
