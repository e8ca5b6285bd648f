/**
 * Reader reactions never slow a cached page: pages render them at build or revalidation time, and
 * serving a cached page opens no database. The server gets a reactions database file that does not
 * exist yet; if anything on a cached page's request path opened the store, the file would appear.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, expect, it } from 'vitest'
import { openReactionStore } from '@/lib/reactions/store/open-store'
import { type RunningServer, startNextServer } from '../bench/next-server'
import { sustainedLoad } from './sustained-load'

const seriesPath = '/series/love-in-the-big-city'
const cachedPages = [seriesPath, '/series/love-in-the-big-city/episodes/1', '/reviews/love-in-the-big-city-review']
const folder = mkdtempSync(path.join(tmpdir(), 'reactions-request-path-'))
const untouchedDatabase = path.join(folder, 'reactions.sqlite')
let server: RunningServer
let mostHelpfulTitle: string

beforeAll(async () => {
  // What the build rendered: the bundled sample's most helpful series review.
  const sample = await openReactionStore({ sqliteFile: path.join(folder, 'sample.sqlite') }, { withSample: true })
  const [top] = await sample.listReviews({ subject: 'series-love-in-the-big-city', sort: 'helpful', limit: 1 })
  mostHelpfulTitle = top!.title
  await sample.close()
  server = await startNextServer({
    distDir: process.env.NEXT_DIST_DIR ?? '.next',
    port: 3298,
    env: { REACTIONS_SQLITE_FILE: untouchedDatabase, READER_COOKIE_SECRET: 'load-test-reader-cookie-secret-0123' },
  })
})

afterAll(async () => {
  await server?.stop()
  rmSync(folder, { recursive: true, force: true })
})

it('serves cached pages with reader reviews, under load, without opening the reactions database', async () => {
  for (const page of cachedPages) expect((await fetch(server.origin + page)).status, page).toBe(200)
  const seriesHtml = await (await fetch(server.origin + seriesPath)).text()
  expect(seriesHtml).toContain(mostHelpfulTitle)

  const run = await sustainedLoad(server.origin + seriesPath, { connections: 50, durationSeconds: 15 })
  expect(run.errors, 'failed requests by kind').toEqual({})
  expect(run.statuses, 'answers other than 200 by status').toEqual({})
  expect(run.answers).toBeGreaterThan(0)
  expect(existsSync(untouchedDatabase)).toBe(false)

  // The probe can see a store being opened: the live summary API opens it.
  const summary = await fetch(`${server.origin}/api/reactions/summary?subject=series-love-in-the-big-city`)
  expect(summary.status).toBe(200)
  expect(existsSync(untouchedDatabase)).toBe(true)
}, 120_000)
