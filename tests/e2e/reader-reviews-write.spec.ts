/**
 * Writing reader reviews and voting, in Chromium against `next start`, with and without
 * JavaScript. The server keeps reactions in a new SQLite file each run (playwright.config.ts), so
 * the sample reviews' counts are known; every post comes from 127.0.0.1, which the rate limit
 * allows 5 reviews an hour, so the whole file posts fewer than that.
 */
import { expect, type Page, test } from '@playwright/test'

const seriesWritePage = '/series/love-in-the-big-city/reader-reviews/write'
const episodeWritePage = '/series/love-in-the-big-city/episodes/3/reader-reviews/write'
const FORM_TOKEN_MIN_AGE_MS = 3_000

async function fillReview(page: Page, review: { rating: string; title: string; body: string; name: string }) {
  await page.getByLabel(/^Your rating of/).selectOption(review.rating)
  await page.getByLabel('Title', { exact: true }).fill(review.title)
  await page.getByLabel('Your review', { exact: true }).fill(review.body)
  await page.getByLabel('Display name').fill(review.name)
}

/** Form tokens are refused for 3 s after the server signed them (too fast for a person). */
async function waitOutFormToken(page: Page) {
  const issuedAt = Number((await page.locator('input[name="formToken"]').inputValue()).split('.')[0])
  const wait = issuedAt + FORM_TOKEN_MIN_AGE_MS + 200 - Date.now()
  if (wait > 0) await page.waitForTimeout(wait)
}

const ownReviewUrl = /\/reader-reviews\/[0-9a-f-]{36}$/

function helpfulButton(page: Page) {
  return page.getByRole('button', { name: /^Helpful/ })
}

function notHelpfulButton(page: Page) {
  return page.getByRole('button', { name: /^Not helpful/ })
}

async function count(button: ReturnType<Page['getByRole']>): Promise<number> {
  return Number((await button.innerText()).match(/\((\d+)\)/)![1])
}

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false })

  test('a review posted from the write page shows on its own page, and its author edits it', async ({ page }) => {
    const review = {
      rating: '8',
      title: `No-script review ${Date.now()}`,
      body: 'Every chapter looks different, and still it feels like one life seen over ten years.',
      name: 'Plain Form Reader',
    }
    await page.goto(seriesWritePage)
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Review Love in the Big City')
    await fillReview(page, review)
    await page.getByLabel('Episodes watched (optional)').fill('4')

    // Posted at once: refused as too fast, and every field comes back as typed.
    await page.getByRole('button', { name: 'Post review' }).click()
    await expect(page.getByRole('alert')).toContainText('posted too fast for a person')
    await expect(page.getByLabel(/^Your rating of/)).toHaveValue('8')
    await expect(page.getByLabel('Title', { exact: true })).toHaveValue(review.title)
    await expect(page.getByLabel('Your review', { exact: true })).toHaveValue(review.body)
    await expect(page.getByLabel('Display name')).toHaveValue(review.name)
    await expect(page.getByLabel('Episodes watched (optional)')).toHaveValue('4')

    await waitOutFormToken(page)
    await page.getByRole('button', { name: 'Post review' }).click()
    await expect(page).toHaveURL(ownReviewUrl)
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(review.title)
    await expect(page.getByText('Your reader review of Love in the Big City · Published')).toBeVisible()
    await expect(page.locator('article').getByText(review.body)).toBeVisible()
    await expect(page.getByText('8/10')).toBeVisible()
    await expect(page.getByText('watched 4 episodes')).toBeVisible()

    // Within the 15 minutes, its author changes it with the plain form.
    await expect(page.getByText(/You can edit or delete this review until \d\d:\d\d UTC/)).toBeVisible()
    await page.getByLabel(/^Your rating of/).selectOption('6')
    await page.getByLabel('Title', { exact: true }).fill(`${review.title}, revised`)
    await page.getByRole('button', { name: 'Save changes' }).click()
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(`${review.title}, revised`)
    await expect(page.getByText('6/10')).toBeVisible()

    // Another reader (no cookie) sees it, without the edit forms.
    const url = page.url()
    await page.context().clearCookies()
    await page.goto(url)
    await expect(page.getByText('Reader review of Love in the Big City · Published')).toBeVisible()
    await expect(page.getByRole('button', { name: 'Save changes' })).toHaveCount(0)
    await expect(page.getByRole('button', { name: 'Delete review' })).toHaveCount(0)
  })

  test('a vote is a plain form post that counts and comes back to the page', async ({ page }) => {
    await page.goto('/reader-reviews/sample-review-01')
    const before = await count(helpfulButton(page))
    await helpfulButton(page).click()
    await expect(page).toHaveURL(/\/reader-reviews\/sample-review-01$/)
    await expect(helpfulButton(page)).toContainText(`(${before + 1})`)
    // A second vote from the same reader replaces the first.
    const notBefore = await count(notHelpfulButton(page))
    await notHelpfulButton(page).click()
    await expect(helpfulButton(page)).toContainText(`(${before})`)
    await expect(notHelpfulButton(page)).toContainText(`(${notBefore + 1})`)
  })
})

test.describe('with JavaScript', () => {
  test('the draft survives a reload; the post goes to the review, whose author deletes it', async ({ page }) => {
    const review = {
      rating: '9',
      title: `Draft kept ${Date.now()}`,
      body: 'The philosophy class episode is the calmest hour of the series and the one I think about most.',
      name: 'Draft Reader',
    }
    await page.goto(episodeWritePage)
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      'Review Love in the Big City, episode 3: The Philosophy Class',
    )
    await expect(page.getByLabel('Episodes watched (optional)')).toHaveCount(0)
    await fillReview(page, review)
    await page.getByRole('checkbox', { name: /Contains spoilers/ }).check()

    await page.reload()
    await expect(page.getByLabel('Title', { exact: true })).toHaveValue(review.title)
    await expect(page.getByLabel('Your review', { exact: true })).toHaveValue(review.body)
    await expect(page.getByLabel(/^Your rating of/)).toHaveValue('9')
    await expect(page.getByLabel('Display name')).toHaveValue(review.name)
    await expect(page.getByRole('checkbox', { name: /Contains spoilers/ })).toBeChecked()

    await waitOutFormToken(page)
    await page.getByRole('button', { name: 'Post review' }).click()
    await expect(page).toHaveURL(ownReviewUrl)
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(review.title)
    await expect(page.getByText(/contains spoilers/)).toBeVisible()

    // Sent: the draft is gone.
    const ownPage = page.url()
    await page.goto(episodeWritePage)
    await expect(page.getByLabel('Title', { exact: true })).toHaveValue('')

    await page.goto(ownPage)
    await page.getByRole('button', { name: 'Delete review' }).click()
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Your review was deleted')
    const list = await page.request.get('/api/reactions/reviews?subject=episode-love-in-the-big-city-3&sort=newest')
    const titles = ((await list.json()) as { reviews: { title: string }[] }).reviews.map((item) => item.title)
    expect(titles).not.toContain(review.title)
  })

  test('a refused post says why beside the field and keeps what was typed', async ({ page }) => {
    await page.goto(seriesWritePage)
    await fillReview(page, { rating: '7', title: 'Too short', body: 'Short.', name: 'Hasty Reader' })
    await waitOutFormToken(page)
    // The browser's own length check would stop this post; the server's answer is what is tested.
    await page.locator('textarea[name="body"]').evaluate((field) => field.removeAttribute('minlength'))
    await page.getByRole('button', { name: 'Post review' }).click()
    const alert = page.getByRole('alert').first()
    await expect(alert).toContainText('Your review was not posted')
    await expect(page.getByLabel('Your review', { exact: true })).toHaveValue('Short.')
    await expect(page.getByLabel('Your review', { exact: true })).toHaveAttribute('aria-invalid', 'true')
    await expect(page.getByLabel('Title', { exact: true })).toHaveValue('Too short')
  })

  test('a vote updates the counts in place; a second vote replaces the first', async ({ page }) => {
    await page.goto('/reader-reviews/sample-review-02')
    const helpful = await count(helpfulButton(page))
    const notHelpful = await count(notHelpfulButton(page))
    await helpfulButton(page).click()
    await expect(page.getByRole('status').filter({ hasText: 'Thanks' })).toHaveText('Thanks: counted as helpful.')
    await expect(helpfulButton(page)).toContainText(`(${helpful + 1})`)
    await expect(helpfulButton(page)).toHaveAttribute('aria-pressed', 'true')
    await notHelpfulButton(page).click()
    await expect(helpfulButton(page)).toContainText(`(${helpful})`)
    await expect(notHelpfulButton(page)).toContainText(`(${notHelpful + 1})`)
    await page.reload()
    await expect(notHelpfulButton(page)).toContainText(`(${notHelpful + 1})`)
  })
})

test.describe('the HTTP API', () => {
  test('refuses cross-site posts, oversized bodies and other content types', async ({ request }) => {
    const review = { subject: 'series-love-in-the-big-city', rating: 5, title: 'x', body: 'y'.repeat(40), name: 'z' }
    const crossSite = await request.post('/api/reactions/reviews', {
      data: review,
      headers: { origin: 'https://elsewhere.example' },
    })
    expect(crossSite.status()).toBe(403)
    const wrongType = await request.post('/api/reactions/reviews', {
      data: JSON.stringify(review),
      headers: { 'content-type': 'text/plain' },
    })
    expect(wrongType.status()).toBe(415)
    const large = await request.post('/api/reactions/reviews', {
      data: 'x'.repeat(5 * 1024 * 1024),
      headers: { 'content-type': 'application/json' },
    })
    expect(large.status()).toBe(413)
    expect(await large.json()).toEqual({ error: 'The body is over 64 kB.' })
    const vote = await request.post('/api/reactions/reviews/no-such-review/votes', { data: { helpful: true } })
    expect(vote.status()).toBe(404)
  })
})
