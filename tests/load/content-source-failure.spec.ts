/**
 * The content source failing during a revalidation: readers keep the last good page, the server
 * logs an error that names the dataset, and the next successful revalidation brings the edit in.
 */
import { chmodSync, readFileSync, renameSync, writeFileSync } from 'node:fs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type RunningServer, startNextServer } from '../bench/next-server'
import { reviewPageProbe } from './review-page-probe'
import { copyBundledDataset, type ServedDataset } from './served-dataset'

const secret = 'load-test-revalidate-secret-0123456789'
const reviewSlug = 'love-in-the-big-city-review'
let dataset: ServedDataset
let server: RunningServer
let page: ReturnType<typeof reviewPageProbe>

beforeAll(async () => {
  dataset = copyBundledDataset()
  server = await startNextServer({
    distDir: process.env.NEXT_DIST_DIR ?? '.next',
    port: 3292,
    env: { BUNDLED_DATASET_FILE: dataset.file, SANITY_REVALIDATE_SECRET: secret },
  })
  page = reviewPageProbe(
    server,
    { _id: dataset.publishedIdOf('review', reviewSlug), _type: 'review', slug: reviewSlug },
    secret,
  )
})

afterAll(async () => {
  await server?.stop()
  dataset?.remove()
})

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
    await page.publishVerdict(dataset, verdict)
  })

  for (const breakage of breakages) {
    it.skipIf(breakage.skip ?? false)(
      `${breakage.name}: readers keep the last good page, the error is logged, the next revalidation recovers`,
      async () => {
        const logBefore = server.output().length
        const repair = breakage.breakSource(dataset.file)
        try {
          await page.sendWebhook()
          await page.expectLastGoodPage(verdict)
          expect(server.output().slice(logBefore)).toContain(dataset.file)
        } finally {
          repair()
        }

        verdict = `Recovered verdict ${Date.now()}`
        await page.publishVerdict(dataset, verdict)
      },
    )
  }
})
