import { expect, test } from '@playwright/test'

const unknown = [
  '/series/no-such-series',
  '/series/love-in-the-big-city/episodes/99',
  '/series/love-in-the-big-city/episodes/two',
  '/series/no-such-series/episodes/1',
  '/reviews/no-such-review',
  '/people/no-such-person',
  '/critics/no-such-critic',
  '/news/no-such-article',
  '/no-such-section',
]

for (const path of unknown) {
  test(`${path} is the 404 page with status 404`, async ({ page }) => {
    const response = await page.goto(path)
    expect(response?.status()).toBe(404)
    await expect(page.getByRole('heading', { level: 1, name: 'We could not find that page' })).toBeVisible()
    await expect(page.getByRole('banner')).toBeVisible()
    await expect(page).toHaveTitle(/Page not found/)
    await expect(
      page.getByRole('navigation', { name: 'Where to go instead' }).getByRole('link', { name: /Series/ }),
    ).toHaveAttribute('href', '/series')
  })
}

test('an unknown slug stays a 404 on a second visit', async ({ page }) => {
  await page.goto('/reviews/still-not-a-review')
  const again = await page.goto('/reviews/still-not-a-review')
  expect(again?.status()).toBe(404)
})

test('an unknown address gets the framed 404 in its server HTML, before any script runs', async ({ request }) => {
  const response = await request.get('/no-such-section/or-deeper')
  expect(response.status()).toBe(404)
  const html = await response.text()
  expect(html).toContain('We could not find that page')
  expect(html).toMatch(/<header[^>]*>/)
  expect(html).toContain('<meta name="robots" content="noindex"/>')
})
