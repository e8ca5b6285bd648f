/**
 * `next build` renders pages in several worker processes that all open the same new SQLite file.
 * Each must find it migrated, with the sample loaded exactly once.
 */
import { execFile } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'
import { afterAll, expect, it } from 'vitest'
import { formatReactionRecord } from '@/lib/reactions/records'
import type { ReactionRecord } from '@/lib/reactions/types'

const run = promisify(execFile)
const folder = mkdtempSync(path.join(tmpdir(), 'reactions-shared-'))
afterAll(() => rmSync(folder, { recursive: true, force: true }))

it('opens one new SQLite file from six processes at once: migrated once, sample loaded once', async () => {
  const subject = 'series-love-in-the-big-city'
  const sampleFile = path.join(folder, 'sample.ndjson')
  const records: ReactionRecord[] = [1, 2, 3].map((n) => ({
    kind: 'readerReview',
    id: `sample-${n}`,
    subject,
    readerId: `sample-reader-${n}`,
    ipHash: null,
    rating: 8,
    title: `Sample ${n}`,
    body: 'A sample review long enough to pass the length rule.',
    name: `Sample reader ${n}`,
    containsSpoilers: false,
    episodesWatched: 8,
    status: 'published',
    createdAt: '2025-01-01T00:00:00.000Z',
    updatedAt: '2025-01-01T00:00:00.000Z',
  }))
  writeFileSync(sampleFile, records.map(formatReactionRecord).join('\n'))
  const sqliteFile = path.join(folder, 'shared.sqlite')
  const counts = await Promise.all(
    Array.from({ length: 6 }, () =>
      run('node_modules/.bin/tsx', ['tests/support/open-reaction-store.ts', sqliteFile, sampleFile, subject]),
    ),
  )
  expect(counts.map(({ stdout }) => stdout.trim())).toEqual(Array(6).fill('3'))
}, 60_000)
