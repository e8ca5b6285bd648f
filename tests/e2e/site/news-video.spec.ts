import { readFileSync, writeFileSync } from 'node:fs'
import { expect, type APIRequestContext, test } from '@playwright/test'
import { signedWebhookRequest } from '../../../lib/revalidation/signed-webhook'
import { e2eDatasetFile, e2eRevalidateSecret } from '../runtime'

const articleId = 'article-trailer-released'
const articlePath = '/news/trailer-released'
const trailer = { _type: 'videoLink', title: 'the main trailer', url: 'https://www.youtube.com/watch?v=e2e-trailer' }

/** Sets or removes the article's video in the server's dataset copy, then sends the webhook the Content Lake would. */
async function publishVideo(request: APIRequestContext, video: typeof trailer | undefined) {
  const lines = readFileSync(e2eDatasetFile, 'utf8').split('\n')
  const index = lines.findIndex((line) => line.includes(`"_id":"${articleId}"`))
  lines[index] = JSON.stringify({ ...JSON.parse(lines[index]), video })
  writeFileSync(e2eDatasetFile, lines.join('\n'))
  const change = { _id: articleId, _type: 'article', slug: 'trailer-released', operation: 'update' } as const
  const signed = await signedWebhookRequest(change, e2eRevalidateSecret)
  expect((await request.post('/api/revalidate', { headers: signed.headers, data: signed.body })).status()).toBe(200)
}

test.afterEach(async ({ request }) => {
  // The build's page cache outlives the run: leave the article as the bundled dataset has it.
  await publishVideo(request, undefined)
})

test('a news picture opens its video when the article has one, and shows no play button otherwise', async ({
  page,
  request,
}) => {
  const watch = page.getByRole('link', { name: 'Watch the main trailer on YouTube' })
  const picture = page.getByRole('main').locator('figure img')

  await publishVideo(request, undefined)
  await page.goto(articlePath)
  await expect(picture).toBeVisible()
  await expect(page.getByRole('main').locator('figure a')).toHaveCount(0)
  await expect(picture).not.toHaveAttribute('alt', /play/i)

  await publishVideo(request, trailer)
  // The page is rebuilt behind the first read after the webhook (stale-while-revalidate).
  await expect(async () => {
    await page.reload()
    await expect(watch).toBeVisible({ timeout: 500 })
  }).toPass({ timeout: 10_000 })
  await expect(watch).toHaveAttribute('href', trailer.url)
  await expect(watch.locator('img')).toBeVisible()
})
