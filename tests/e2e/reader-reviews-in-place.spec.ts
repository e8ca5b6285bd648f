/**
 * "Write a review" on a series page opens the form in place with JavaScript (a link to the write
 * page without), keeps the draft across a reload, and shows the posted review where the form was.
 */
import { expect, test } from '@playwright/test'

const seriesPage = '/series/love-in-the-big-city'

test('without JavaScript, "Write a review" is a link to the write page', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false })
  const page = await context.newPage()
  await page.goto(seriesPage)
  await expect(page.getByRole('link', { name: 'Write a review' })).toHaveAttribute(
    'href',
    '/series/love-in-the-big-city/reader-reviews/write',
  )
  await context.close()
})

test('with JavaScript, the form opens in place, keeps its draft and shows the posted review', async ({ page }) => {
  const title = `In place ${Date.now()}`
  await page.goto(seriesPage)
  await page.getByRole('link', { name: 'Write a review' }).click()
  await expect(page).toHaveURL(new RegExp(`${seriesPage}$`))
  await expect(page.getByRole('heading', { name: 'Your review of Love in the Big City' })).toBeFocused()
  await page.getByLabel(/^Your rating of/).selectOption('7')
  await page.getByLabel('Title', { exact: true }).fill(title)
  await page
    .getByLabel('Your review', { exact: true })
    .fill('Quietly funny, and braver about loneliness than most romances are.')
  await page.getByLabel('Display name').fill('In-place Reader')

  await page.reload()
  await page.getByRole('link', { name: 'Continue your review' }).click()
  await expect(page.getByLabel('Title', { exact: true })).toHaveValue(title)
  const issuedAt = Number((await page.locator('input[name="formToken"]').inputValue()).split('.')[0])
  await page.waitForTimeout(Math.max(0, issuedAt + 3_200 - Date.now()))
  await page.getByRole('button', { name: 'Post review' }).click()

  await expect(page.getByRole('status').filter({ hasText: 'your review is published' })).toBeVisible()
  await expect(page.getByRole('heading', { name: title })).toBeVisible()
  await expect(page).toHaveURL(new RegExp(`${seriesPage}$`))
  await page.reload()
  await expect(page.getByRole('link', { name: 'Write a review' })).toBeVisible()
})
