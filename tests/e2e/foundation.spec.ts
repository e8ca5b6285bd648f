import { expect, test } from '@playwright/test'

test('the home page shows the site and leads to the bundled series', async ({ page }) => {
  const response = await page.goto('/')
  expect(response?.status()).toBe(200)
  await expect(page.getByRole('banner')).toBeVisible()
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
  await expect(page.getByRole('link', { name: /Love in the Big City/ }).first()).toBeVisible()
})

test('the Studio explains how to connect a Sanity project when none is configured', async ({ page }) => {
  const response = await page.goto('/studio')
  expect(response?.status()).toBe(200)
  await expect(page).toHaveTitle('The Studio needs a Sanity project')
  await expect(page.getByRole('heading', { level: 1, name: 'The Studio needs a Sanity project' })).toBeVisible()
  await expect(page.getByText('npx sanity@latest init --env')).toBeVisible()
  await expect(page.getByText('npm run seed')).toBeVisible()
  await expect(page.getByText(/couldn.t reach the Sanity servers/i)).toHaveCount(0)
})

test('Studio sub-paths show the same guidance instead of an error', async ({ page }) => {
  const response = await page.goto('/studio/structure/series')
  expect(response?.status()).toBe(200)
  await expect(page.getByRole('heading', { level: 1, name: 'The Studio needs a Sanity project' })).toBeVisible()
})
