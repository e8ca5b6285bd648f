import { expect, test } from '@playwright/test'
import { e2ePreviewSecret } from './runtime'

const reviewPath = '/reviews/love-in-the-big-city-review'
const wrongSecret = 'wrong-secret-wrong-secret'

test('a wrong or missing preview secret gets the site’s 401 page, which says what to do', async ({ page }) => {
  for (const query of [`secret=${wrongSecret}&`, '']) {
    const response = await page.goto(`/api/draft-mode/enable?${query}redirect=${encodeURIComponent(reviewPath)}`)
    expect(response?.status()).toBe(401)
    await expect(page).toHaveTitle(/Preview link not accepted/)
    await expect(page.getByRole('banner')).toBeVisible()
    await expect(page.getByRole('contentinfo')).toBeVisible()
    await expect(
      page.getByRole('heading', { level: 1, name: 'This preview link is wrong or has expired' }),
    ).toBeVisible()
    await expect(page.getByText('Ask for a new link from the Studio')).toBeVisible()
    await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', /noindex/)
    // Neither the secret tried nor the real one reaches the page or its address.
    expect(page.url()).not.toContain('secret')
    const html = await page.content()
    expect(html).not.toContain(wrongSecret)
    expect(html).not.toContain(e2ePreviewSecret)
    expect(await page.getByRole('region', { name: /draft mode/i }).count()).toBe(0)
    expect((await page.context().cookies()).map((cookie) => cookie.name)).not.toContain('__prerender_bypass')
  }
})

test('the right preview secret still enables draft mode on the page it names', async ({ page }) => {
  const response = await page.goto(
    `/api/draft-mode/enable?secret=${e2ePreviewSecret}&redirect=${encodeURIComponent(reviewPath)}`,
  )
  expect(response?.status()).toBe(200)
  expect(new URL(page.url()).pathname).toBe(reviewPath)
  await expect(page.getByRole('region', { name: /draft mode/i })).toBeVisible()
  await page.goto('/api/draft-mode/disable')
})
