import 'server-only'
/**
 * The app's reactions store: PostgreSQL when DATABASE_URL is set, otherwise the SQLite file at
 * REACTIONS_SQLITE_FILE. Opened once per process; the bundled content source gets the sample.
 */
import { env } from '@/lib/env/server'
import type { KyselyReactionStore } from './kysely-store'
import { openReactionStore } from './open-store'

export type { NewReaderReview, RateLimitResult, ReactionStore } from './store'

const globalForStore = globalThis as typeof globalThis & { reactionStore?: Promise<KyselyReactionStore> }

export function getReactionStore(): Promise<KyselyReactionStore> {
  globalForStore.reactionStore ??= openReactionStore(
    env.databaseUrl ? { databaseUrl: env.databaseUrl } : { sqliteFile: env.reactionsSqliteFile },
    { withSample: env.contentSource === 'bundled' },
  ).catch((error: unknown) => {
    // A failed open is retried by the next caller rather than cached forever.
    globalForStore.reactionStore = undefined
    throw error
  })
  return globalForStore.reactionStore
}
