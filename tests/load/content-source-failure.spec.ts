/**
 * The content source failing during a revalidation: readers keep the last good page, the server
 * logs an error that names the dataset, and the next successful revalidation brings the edit in.
 */
import { chmodSync, readFileSync, renameSync, writeFileSync } from 'node:fs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { signedWebhookRequest } from '@/lib/revalidation/signed-webhook'
import { type RunningServer, startNextServer } from '../bench/next-server'
import { copyBundledDataset, type ServedDataset } from './served-dataset'

const secret = 'load-test-revalidate-secret-0123456789'
const reviewSlug = 'love-in-the-big-city-review'
const reviewPath = `/reviews/${reviewSlug}`
let dataset: ServedDataset
let server: RunningServer
let review: { _id: string; _type: 'review'; slug: string }

beforeAll(async () => {
  dataset = copyBundledDataset()
  review = { _id: dataset.publishedIdOf('review', reviewSlug), _type: 'review', slug: reviewSlug }
  server = await startNextServer({
    distDir: process.env.NEXT_DIST_DIR ?? '.next',
    port: 3292,
    env: { BUNDLED_DATASET_FILE: dataset.file, SANITY_REVALIDATE_SECRET: secret },
  })
})

afterAll(async () => {
  await server?.stop()
  dataset?.remove()
})

async function sendWebhook(): Promise<void> {
  const request = await signedWebhookRequest(review, secret)
  const answer = await fetch(`${server.origin}/api/revalidate`, { method: 'POST', ...request })
  expect(answer.status).toBe(200)
}

async function reviewPage(): Promise<{ status: number; html: string }> {
  const response = await fetch(server.origin + reviewPath)
  return { status: response.status, html: await response.text() }
}

async function eventually(check: () => Promise<boolean>, timeoutMs = 10_000): Promise<boolean> {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    if (await check()) return true
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
  return false
}

/** After a revalidation against a broken source, every read still gets the page as it last was. */
async function expectLastGoodPage(verdict: string): Promise<void> {
  for (let read = 0; read < 5; read++) {
    const page = await reviewPage()
    expect(page.status).toBe(200)
    expect(page.html).toContain(verdict)
    await new Promise((resolve) => setTimeout(resolve, 200))
  }
}

/** Each way of breaking the source returns how to undo it. */
const breakages: { name: string; breakSource: (file: string) => () => void; skip?: boolean }[] = [
  {
    name: 'the dataset file is gone',
    breakSource: (file) => {
      renameSync(file, `${file}.moved`)
      return () => renameSync(`${file}.moved`, file)
    },
  },
  {
    name: 'the dataset file holds a broken line',
    breakSource: (file) => {
      const good = readFileSync(file, 'utf8')
      writeFileSync(file, `${good}\n{"_id": "review-half-written", "_type": "rev`)
      return () => writeFileSync(file, good)
    },
  },
  {
    name: 'the dataset file cannot be read',
    breakSource: (file) => {
      chmodSync(file, 0o000)
      return () => chmodSync(file, 0o644)
    },
    // Permissions do not stop root, so this case only means something for other users.
    skip: process.getuid?.() === 0,
  },
]

describe.sequential('a revalidation while the content source fails', () => {
  let verdict = `Last good verdict ${Date.now()}`

  beforeAll(async () => {
    dataset.edit(review._id, 'verdict', verdict)
    await sendWebhook()
    expect(await eventually(async () => (await reviewPage()).html.includes(verdict))).toBe(true)
  })

  for (const breakage of breakages) {
    it.skipIf(breakage.skip ?? false)(`${breakage.name}: readers keep the last good page, the error is logged, the next revalidation recovers`, async () => {
      const logBefore = server.output().length
      const repair = breakage.breakSource(dataset.file)
      try {
        await sendWebhook()
        await expectLastGoodPage(verdict)
        expect(server.output().slice(logBefore)).toContain(dataset.file)
      } finally {
        repair()
      }

      verdict = `Recovered verdict ${Date.now()}`
      dataset.edit(review._id, 'verdict', verdict)
      await sendWebhook()
      expect(await eventually(async () => (await reviewPage()).html.includes(verdict))).toBe(true)
    })
  }
})
