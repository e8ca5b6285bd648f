/**
 * How soon readers see what readers and moderators do, on the bundled dataset: starts `next start`
 * with a new reactions database, then 10 times posts a comment through the API, reports it past the
 * threshold, and restores it as a moderator, polling the cached review page after each step until
 * it shows the change. Needs a production build (`npm run build`). Loopback only, bounded in count
 * and time.
 *
 *   npm run bench:moderation
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createSession, CSRF_HEADER, csrfToken, MODERATOR_COOKIE } from '../lib/moderation/session.ts'
import { startNextServer, waitFor } from '../tests/bench/next-server.ts'

const rounds = 10
const port = 3291
const subject = 'review-love-in-the-big-city-episode-1'
const reviewPath = '/reviews/love-in-the-big-city-episode-1'
const moderationSecret = 'bench-moderation-secret-0123456789'
const folder = mkdtempSync(join(tmpdir(), 'bench-moderation-'))

const server = await startNextServer({
  distDir: '.next',
  port,
  env: {
    READER_COOKIE_SECRET: 'bench-moderation-reader-secret-0123456789',
    MODERATION_SECRET: moderationSecret,
    REACTIONS_SQLITE_FILE: join(folder, 'reactions.sqlite'),
    REPORTS_TO_HIDE: '2',
  },
})

const { origin } = server
const pageShows = async (marker: string) => (await (await fetch(origin + reviewPath)).text()).includes(marker)

/** A JSON write as a reader at its own address (each reader counts once and has its own rate limits). */
async function readerPost(path: string, body: unknown, address: string): Promise<Record<string, unknown>> {
  const answer = await fetch(origin + path, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-forwarded-for': address },
    body: JSON.stringify(body),
  })
  if (!answer.ok) throw new Error(`${path} answered ${answer.status}: ${await answer.text()}`)
  return (await answer.json()) as Record<string, unknown>
}

/** Milliseconds from `started` (before the write was sent) until the page shows its effect. */
async function timeUntil(step: string, started: number, shown: () => Promise<boolean>): Promise<number> {
  if (!(await waitFor(shown, 10_000))) throw new Error(`${step}: the page did not change within 10 s`)
  return performance.now() - started
}

const session = createSession('Benchmark moderator', moderationSecret)
const moderatorHeaders = {
  'content-type': 'application/json',
  cookie: `${MODERATOR_COOKIE}=${session}`,
  [CSRF_HEADER]: csrfToken(session, moderationSecret),
}

const figures = { posted: [] as number[], hidden: [] as number[], restored: [] as number[] }

try {
  await fetch(origin + reviewPath)
  for (let round = 1; round <= rounds; round++) {
    const marker = `Benchmark comment ${round} at ${Date.now()}`
    let started = performance.now()
    const comment = { subject, body: marker, name: 'Bench' }
    const { id } = await readerPost('/api/reactions/comments', comment, `10.0.${round}.1`)
    figures.posted.push(await timeUntil('post', started, () => pageShows(marker)))

    started = performance.now()
    for (const reporter of [2, 3]) {
      await readerPost('/api/reactions/reports', { item: id, reason: 'spam' }, `10.0.${round}.${reporter}`)
    }
    figures.hidden.push(await timeUntil('reports', started, async () => !(await pageShows(marker))))

    started = performance.now()
    const restored = await fetch(`${origin}/api/moderation/items/${id}/actions`, {
      method: 'POST',
      headers: moderatorHeaders,
      body: JSON.stringify({ action: 'restore', note: 'Benchmark' }),
    })
    if (!restored.ok) throw new Error(`restore answered ${restored.status}: ${await restored.text()}`)
    figures.restored.push(await timeUntil('restore', started, () => pageShows(marker)))
  }
  const line = (label: string, latencies: number[]) => {
    const sorted = [...latencies].sort((a, b) => a - b)
    const p50 = sorted[Math.floor(sorted.length / 2)]!
    const max = sorted.at(-1)!
    console.log(`| ${label} (${rounds} times) | p50 ${p50.toFixed(0)} ms | max ${max.toFixed(0)} ms | goal < 1000 ms |`)
  }
  line('comment posted to on the page', figures.posted)
  line('reported past the threshold to off the page', figures.hidden)
  line('moderator restores to back on the page', figures.restored)
} finally {
  await server.stop()
  rmSync(folder, { recursive: true, force: true })
}
