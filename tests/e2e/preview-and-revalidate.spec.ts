import { readFileSync, writeFileSync } from 'node:fs'
import { expect, type Page, test } from '@playwright/test'
import { encodeSignatureHeader, SIGNATURE_HEADER_NAME } from '@sanity/webhook'
import { signedWebhookRequest } from '../../lib/revalidation/signed-webhook'
import { e2eDatasetFile, e2ePreviewSecret, e2eRevalidateSecret } from './runtime'

const reviewPath = '/reviews/love-in-the-big-city-episode-3'
const reviewId = 'review-love-in-the-big-city-episode-3'
const pendingEditPath = '/reviews/love-in-the-big-city-review'
const unpublishedPath = '/reviews/love-in-the-big-city-episode-4-second-opinion'

function editPublishedVerdict(id: string, verdict: string) {
  const lines = readFileSync(e2eDatasetFile, 'utf8').split('\n')
  const index = lines.findIndex((line) => line.includes(`"_id":"${id}"`))
  const document = JSON.parse(lines[index])
  document.verdict = verdict
  lines[index] = JSON.stringify(document)
  writeFileSync(e2eDatasetFile, lines.join('\n'))
}

function draftText(id: string): string {
  const line = readFileSync(e2eDatasetFile, 'utf8')
    .split('\n')
    .find((text) => text.includes(`"_id":"drafts.${id}"`))
  return JSON.parse(line!).verdict as string
}

/** A revalidated page is rebuilt behind the first read after the webhook (stale-while-revalidate). */
async function expectAfterReloads(page: Page, text: string): Promise<void> {
  await expect(async () => {
    await page.reload()
    await expect(page.getByText(text).first()).toBeVisible({ timeout: 500 })
  }).toPass({ timeout: 10_000 })
}

test.describe.configure({ mode: 'serial' })

test('a signed webhook publishes a dataset edit without a rebuild; an unsigned one changes nothing', async ({
  page,
  request,
}) => {
  const change = { _id: reviewId, _type: 'review', slug: 'love-in-the-big-city-episode-3' }
  // The build's page cache outlives a test run; start from what the fresh dataset copy says.
  const reset = await signedWebhookRequest(change, e2eRevalidateSecret)
  expect((await request.post('/api/revalidate', { headers: reset.headers, data: reset.body })).status()).toBe(200)
  const before = JSON.parse(
    readFileSync(e2eDatasetFile, 'utf8')
      .split('\n')
      .find((l) => l.includes(`"_id":"${reviewId}"`))!,
  ).verdict
  await page.goto(reviewPath)
  await expectAfterReloads(page, before)

  const edited = `Edited verdict ${Date.now()}: the mystery finally pays off.`
  editPublishedVerdict(reviewId, edited)

  const unsigned = await request.post('/api/revalidate', { data: change })
  expect(unsigned.status()).toBe(401)
  const forged = await signedWebhookRequest(change, 'not-the-secret-at-all-000')
  expect((await request.post('/api/revalidate', { headers: forged.headers, data: forged.body })).status()).toBe(401)
  await page.reload()
  await expect(page.getByText(before).first()).toBeVisible()
  await expect(page.getByText(edited)).toHaveCount(0)

  // What the Content Lake sends for a text edit: only the pages containing the review expire.
  const textEdit = { ...change, operation: 'update', listingChanged: false } as const
  const signed = await signedWebhookRequest(textEdit, e2eRevalidateSecret)
  const accepted = await request.post('/api/revalidate', { headers: signed.headers, data: signed.body })
  expect(accepted.status()).toBe(200)
  expect((await accepted.json()).revalidated).toEqual([`doc:${reviewId}`, 'content:any-change', 'search-index'])
  await expectAfterReloads(page, edited)
  // The series' reviews page lists the review's card with its verdict: it carries the review's tag too.
  await page.goto('/series/love-in-the-big-city/reviews')
  await expectAfterReloads(page, edited)
})

test('malformed webhook bodies are refused', async ({ request }) => {
  // Buffers go out byte for byte; Playwright would JSON-encode a string sent as application/json.
  const notJson = '{not json'
  const notJsonHeaders = {
    'content-type': 'application/json',
    [SIGNATURE_HEADER_NAME]: await encodeSignatureHeader(notJson, Date.now(), e2eRevalidateSecret),
  }
  expect(
    (await request.post('/api/revalidate', { headers: notJsonHeaders, data: Buffer.from(notJson) })).status(),
  ).toBe(400)
  const unknownType = await signedWebhookRequest({ _id: 'x', _type: 'sanity.imageAsset' }, e2eRevalidateSecret)
  expect(
    (await request.post('/api/revalidate', { headers: unknownType.headers, data: unknownType.body })).status(),
  ).toBe(400)
  const huge = await request.post('/api/revalidate', { headers: notJsonHeaders, data: Buffer.from('x'.repeat(40_000)) })
  expect(huge.status()).toBe(400)
})

test('drafts are visible only in draft mode, and only to the editor who enabled it', async ({ browser, page }) => {
  const draftVerdict = draftText('review-love-in-the-big-city-review')

  expect((await page.goto(unpublishedPath))?.status()).toBe(404)
  await page.goto(pendingEditPath)
  await expect(page.getByText(draftVerdict)).toHaveCount(0)

  const wrong = await page.goto(
    `/api/draft-mode/enable?secret=wrong-secret-wrong-secret&redirect=${encodeURIComponent(unpublishedPath)}`,
  )
  expect(wrong?.status()).toBe(401)

  const enabled = await page.goto(
    `/api/draft-mode/enable?secret=${e2ePreviewSecret}&redirect=${encodeURIComponent(unpublishedPath)}`,
  )
  expect(enabled?.status()).toBe(200)
  expect(new URL(page.url()).pathname).toBe(unpublishedPath)
  const banner = page.getByRole('region', { name: /draft mode/i })
  await expect(banner).toBeVisible()
  // A draft readers cannot see at all is told apart from changes to a published document.
  const secondOpinion = 'id=review-love-in-the-big-city-episode-4-second-opinion;type=review/'
  const neverPublished = banner.locator('p', { hasText: 'Never published, so readers do not see it yet:' })
  await expect(neverPublished.getByRole('link')).toHaveAttribute('href', `/studio/intent/edit/${secondOpinion}`)
  // The page also lists the series review, which has a published version and a draft of changes.
  const changed = banner.locator('p', { hasText: 'Unpublished changes, readers see the published version:' })
  await expect(changed.locator(`a[href*="${secondOpinion}"]`)).toHaveCount(0)

  await page.goto(pendingEditPath)
  await expect(page.getByText(draftVerdict).first()).toBeVisible()
  // The banner names the drafts this page shows, each linked to its editor in the Studio.
  await expect(
    changed.getByRole('link', { name: 'Love in the Big City review: a sentimental education in four loves' }),
  ).toHaveAttribute('href', '/studio/intent/edit/id=review-love-in-the-big-city-review;type=review/')
  await expect(neverPublished.locator('a[href*="id=review-love-in-the-big-city-review;"]')).toHaveCount(0)
  await page.goto('/people/nam-yoon-su')
  await expect(banner.getByText('No document on this page has unpublished changes.')).toBeVisible()

  // Another reader at the same moment still gets the published page.
  const reader = await browser.newPage()
  await reader.goto(pendingEditPath)
  await expect(reader.getByText(draftVerdict)).toHaveCount(0)
  expect((await reader.goto(unpublishedPath))?.status()).toBe(404)
  await reader.close()

  await page.getByRole('link', { name: /exit draft mode/i }).click()
  await expect(page.getByRole('region', { name: /draft mode/i })).toHaveCount(0)
  await page.goto(pendingEditPath)
  await expect(page.getByText(draftVerdict)).toHaveCount(0)

  // Leaving draft mode on a draft readers cannot see lands on its list, not on a 404.
  await page.goto(`/api/draft-mode/enable?secret=${e2ePreviewSecret}&redirect=${encodeURIComponent(unpublishedPath)}`)
  await page.getByRole('link', { name: /exit draft mode/i }).click()
  await expect(page).toHaveURL(/\/reviews$/)
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
  await expect(page.getByRole('region', { name: /draft mode/i })).toHaveCount(0)
})

test('draft mode only redirects within the site', async ({ page }) => {
  await page.goto(`/api/draft-mode/enable?secret=${e2ePreviewSecret}&redirect=${encodeURIComponent('//evil.example/')}`)
  const landed = new URL(page.url())
  expect(landed.host).toBe(new URL(test.info().project.use.baseURL!).host)
  expect(landed.pathname).toBe('/')
  await page.goto('/api/draft-mode/disable')
})
