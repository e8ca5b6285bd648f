/**
 * What both fault tests do to the served review page: send the signed webhook for it, read it,
 * and wait until an edit shows.
 */
import { expect } from 'vitest'
import { signedWebhookRequest } from '@/lib/revalidation/signed-webhook'
import type { RunningServer } from '../bench/next-server'
import type { ServedDataset } from './served-dataset'

export interface ReviewUnderTest {
  _id: string
  _type: 'review'
  slug: string
}

/** Polls `check` every 100 ms until it holds or `timeoutMs` has passed. */
export async function eventually(check: () => Promise<boolean> | boolean, timeoutMs = 15_000): Promise<boolean> {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    if (await check()) return true
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
  return false
}

export function reviewPageProbe(server: RunningServer, review: ReviewUnderTest, secret: string) {
  const path = `/reviews/${review.slug}`

  async function sendWebhook(): Promise<void> {
    const request = await signedWebhookRequest(review, secret)
    const answer = await fetch(`${server.origin}/api/revalidate`, { method: 'POST', ...request })
    expect(answer.status).toBe(200)
  }

  async function read(): Promise<{ status: number; html: string }> {
    const response = await fetch(server.origin + path)
    return { status: response.status, html: await response.text() }
  }

  /** Edits the verdict in the served dataset, sends the webhook, and waits for the page to show it. */
  async function publishVerdict(dataset: ServedDataset, verdict: string): Promise<void> {
    dataset.edit(review._id, 'verdict', verdict)
    await sendWebhook()
    expect(await eventually(async () => (await read()).html.includes(verdict))).toBe(true)
  }

  /** Every read, 200 ms apart, gets the page as it last was: status 200 and the given verdict. */
  async function expectLastGoodPage(verdict: string, reads = 5): Promise<void> {
    for (let count = 0; count < reads; count++) {
      const answer = await read()
      expect(answer.status).toBe(200)
      expect(answer.html).toContain(verdict)
      await new Promise((resolve) => setTimeout(resolve, 200))
    }
  }

  return { sendWebhook, read, publishVerdict, expectLastGoodPage }
}
