/**
 * Webhook-to-fresh-page latency on the bundled dataset: starts `next start` on a copy of the
 * dataset, then 20 times edits a review, sends the signed webhook and polls the page until the new
 * text is served. Needs a production build (`npm run build`). Loopback only, bounded in count and time.
 *
 *   npm run bench:revalidate
 */
import { spawn } from 'node:child_process'
import { copyFileSync, cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { signedWebhookRequest } from '../lib/revalidation/signed-webhook.ts'
import { waitFor } from '../tests/bench/next-server.ts'

const edits = 20
const port = 3290
const origin = `http://127.0.0.1:${port}`
const reviewId = 'review-love-in-the-big-city-episode-3'
const reviewPath = '/reviews/love-in-the-big-city-episode-3'
const secret = 'bench-revalidate-secret-0123456789'

const datasetFile = join(mkdtempSync(join(tmpdir(), 'bench-revalidate-')), 'dataset.ndjson')
copyFileSync('sanity/seed/dataset.ndjson', datasetFile)
// The dataset names its images relative to itself.
cpSync('sanity/seed/images', join(dirname(datasetFile), 'images'), { recursive: true })

const server = spawn('next', ['start', '--hostname', '127.0.0.1', '--port', String(port)], {
  env: {
    ...process.env,
    NEXT_TELEMETRY_DISABLED: '1',
    BUNDLED_DATASET_FILE: datasetFile,
    SANITY_REVALIDATE_SECRET: secret,
  },
  stdio: ['ignore', 'ignore', 'inherit'],
})

function setVerdict(verdict: string) {
  const lines = readFileSync(datasetFile, 'utf8').split('\n')
  const index = lines.findIndex((line) => line.includes(`"_id":"${reviewId}"`))
  lines[index] = JSON.stringify({ ...JSON.parse(lines[index]), verdict })
  writeFileSync(datasetFile, lines.join('\n'))
}

try {
  if (!(await waitFor(async () => (await fetch(origin)).ok, 30_000)))
    throw new Error('next start did not answer within 30 s (did you run npm run build?)')
  await fetch(origin + reviewPath)
  const latencies: number[] = []
  for (let edit = 1; edit <= edits; edit++) {
    const marker = `Benchmark verdict number ${edit} at ${Date.now()}`
    setVerdict(marker)
    const started = performance.now()
    const request = await signedWebhookRequest(
      { _id: reviewId, _type: 'review', slug: 'love-in-the-big-city-episode-3' },
      secret,
    )
    const answer = await fetch(`${origin}/api/revalidate`, { method: 'POST', ...request })
    if (!answer.ok) throw new Error(`webhook answered ${answer.status}`)
    const fresh = await waitFor(async () => (await (await fetch(origin + reviewPath)).text()).includes(marker), 10_000)
    if (!fresh) throw new Error(`edit ${edit} did not reach the page within 10 s`)
    latencies.push(performance.now() - started)
  }
  latencies.sort((a, b) => a - b)
  const p50 = latencies[Math.floor(latencies.length / 2)]
  const max = latencies[latencies.length - 1]
  console.log(
    `| webhook to fresh HTML (${edits} edits) | p50 ${p50.toFixed(0)} ms | max ${max.toFixed(0)} ms | goal < 1000 ms |`,
  )
} finally {
  server.kill()
}
