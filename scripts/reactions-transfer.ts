/**
 * Moves reader reactions between databases as NDJSON (one review or vote per line), e.g. from the
 * default SQLite file to PostgreSQL:
 *
 *   npm run reactions:export -- reactions.ndjson
 *   DATABASE_URL=postgres://... npm run reactions:import -- reactions.ndjson
 *
 * The database is the one the site uses (DATABASE_URL, else REACTIONS_SQLITE_FILE). Export writes
 * to stdout without a file. Import checks every line first and then loads all or nothing; records
 * whose ids are already there are kept as they are, so importing twice adds nothing.
 */
import { createWriteStream, existsSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import type { Writable } from 'node:stream'
import { once } from 'node:events'
import { finished } from 'node:stream/promises'
import nextEnv from '@next/env'
import { readEnv } from '../lib/env/schema.ts'
import { formatReactionRecord, parseReactionRecords } from '../lib/reactions/records.ts'
import type { ReactionsDatabaseTarget } from '../lib/reactions/store/connect.ts'
import { openReactionStore } from '../lib/reactions/store/open-store.ts'

nextEnv.loadEnvConfig(process.cwd(), false, { info: () => {}, error: console.error })
const env = readEnv(process.env)

function fail(message: string): never {
  console.error(message)
  process.exit(1)
}

const [command, file] = process.argv.slice(2)
const usage = 'Usage: npm run reactions:export -- [file.ndjson]  |  npm run reactions:import -- <file.ndjson>'
if (command !== 'export' && command !== 'import') fail(usage)

const target: ReactionsDatabaseTarget = env.databaseUrl
  ? { databaseUrl: env.databaseUrl }
  : { sqliteFile: env.reactionsSqliteFile }
const where = env.databaseUrl ? 'PostgreSQL (DATABASE_URL)' : env.reactionsSqliteFile
if (command === 'export' && 'sqliteFile' in target && !existsSync(target.sqliteFile))
  fail(`No reactions database at ${target.sqliteFile}: nothing to export.`)

if (command === 'export') {
  const store = await openReactionStore(target)
  const output: Writable = file ? createWriteStream(file) : process.stdout
  let count = 0
  for await (const record of store.exportRecords()) {
    if (!output.write(formatReactionRecord(record) + '\n')) await once(output, 'drain')
    count += 1
  }
  if (file) {
    output.end()
    await finished(output)
  }
  await store.close()
  console.error(`Exported ${count} records from ${where}${file ? ` to ${file}` : ''}.`)
} else {
  if (!file) fail(usage)
  let records
  try {
    records = parseReactionRecords(await readFile(file, 'utf8'), file)
  } catch (error) {
    fail(`Nothing imported. ${error instanceof Error ? error.message : String(error)}`)
  }
  const store = await openReactionStore(target)
  try {
    const added = await store.importRecords(records)
    console.error(`Imported ${added} new records into ${where} (${records.length - added} were already there).`)
  } catch (error) {
    fail(`Nothing imported into ${where}: ${error instanceof Error ? error.message : String(error)}`)
  } finally {
    await store.close()
  }
}
