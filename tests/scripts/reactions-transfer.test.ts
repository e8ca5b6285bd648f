/**
 * `reactions:export` and `reactions:import` as a site runs them: moving every review and vote from
 * the SQLite file to PostgreSQL, and refusing a damaged file without importing any of it.
 */
import { execFile } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { DEFAULT_HELD_TERMS } from '@/lib/reactions/hold-rules'
import { openReactionStore } from '@/lib/reactions/store/open-store'
import { startTestPostgres, type TestPostgres } from '../support/postgres'

const run = promisify(execFile)
const folder = mkdtempSync(path.join(tmpdir(), 'reactions-transfer-'))
const sqliteFile = path.join(folder, 'reactions.sqlite')
let postgres: TestPostgres

function transfer(command: 'export' | 'import', file: string, env: Record<string, string>) {
  return run('node_modules/.bin/tsx', ['scripts/reactions-transfer.ts', command, file], {
    env: { ...process.env, REACTIONS_SQLITE_FILE: sqliteFile, DATABASE_URL: '', ...env },
  })
}

beforeAll(async () => {
  postgres = await startTestPostgres()
}, 60_000)

afterAll(() => {
  postgres?.stop()
  rmSync(folder, { recursive: true, force: true })
})

describe('reactions:export and reactions:import', () => {
  it('moves every review and vote from SQLite to PostgreSQL', async () => {
    const sqlite = await openReactionStore({ sqliteFile })
    const review = {
      subject: 'episode-love-in-the-big-city-2',
      rating: 9,
      title: 'A new favourite',
      body: 'The second episode settles into a rhythm that the rest of the series keeps.',
      name: 'Transfer test',
      containsSpoilers: false,
      episodesWatched: null,
      readerId: 'reader-transfer',
      ipHash: 'abc',
    } as const
    const published = await sqlite.createReview({ ...review, status: 'published' })
    await sqlite.createReview({ ...review, readerId: 'another-reader', status: 'pending' })
    await sqlite.vote({ reviewId: published.id, readerId: 'voter-1', ipHash: null, helpful: true })
    await sqlite.vote({ reviewId: published.id, readerId: 'voter-2', ipHash: 'def', helpful: false })
    const comment = await sqlite.createComment({
      subject: 'review-love-in-the-big-city-episode-2',
      body: 'Agreed about the rhythm.',
      name: 'Transfer test',
      parent: null,
      aboutLaterEpisodes: false,
      readerId: 'reader-transfer',
      ipHash: 'abc',
      status: 'published',
    })
    await sqlite.report({ itemId: comment.id, itemKind: 'comment', readerId: 'voter-1', ipHash: null, reason: 'spam' })
    const expected = []
    for await (const record of sqlite.exportRecords()) expected.push(record)
    await sqlite.close()

    const file = path.join(folder, 'export.ndjson')
    const exported = await transfer('export', file, {})
    // Two reviews, two votes, a comment, a report and the default held terms.
    expect(expected).toHaveLength(6 + DEFAULT_HELD_TERMS.length)
    expect(exported.stderr).toContain(`Exported ${expected.length} records`)
    const lines = readFileSync(file, 'utf8').trim().split('\n')
    expect(lines.map((line) => JSON.parse(line))).toEqual(expected)

    const imported = await transfer('import', file, { DATABASE_URL: postgres.url })
    // The new database starts with the same default held terms, so only the rest is new there.
    expect(imported.stderr).toContain(`Imported 6 new records into PostgreSQL`)
    const again = await transfer('import', file, { DATABASE_URL: postgres.url })
    expect(again.stderr).toContain(`Imported 0 new records`)

    const pg = await openReactionStore({ databaseUrl: postgres.url })
    const moved = []
    for await (const record of pg.exportRecords()) moved.push(record)
    await pg.close()
    expect(moved).toEqual(expected)
  })

  it('refuses a malformed line, naming it, and imports nothing from that file', async () => {
    const good = readFileSync(path.join(folder, 'export.ndjson'), 'utf8').split('\n')[0]!
    const record = JSON.parse(good)
    const file = path.join(folder, 'damaged.ndjson')
    writeFileSync(file, [JSON.stringify({ ...record, id: 'new-one' }), '{"kind":"readerReview","rating":11'].join('\n'))
    const error = await transfer('import', file, { DATABASE_URL: postgres.url }).catch((failure) => failure)
    expect(error.code).toBe(1)
    expect(error.stderr).toContain(`Nothing imported. ${file}:2: not valid JSON`)
    const pg = await openReactionStore({ databaseUrl: postgres.url })
    expect(await pg.getReview('new-one')).toBeNull()
    await pg.close()
  })
})
