import { expect, test } from '@playwright/test'

// On a phone a long trail wraps; a line must never begin with a separator.

test.use({ viewport: { width: 390, height: 844 } })

const trails = [
  '/reviews/love-in-the-big-city-review',
  '/reviews/love-in-the-big-city-episode-4',
  '/series/love-in-the-big-city/episodes/5',
  '/series/love-in-the-big-city/cast',
]

test('a wrapped breadcrumb trail starts no line with a separator', async ({ page }) => {
  for (const path of trails) {
    await page.goto(path)
    const trail = page.getByRole('navigation', { name: 'Breadcrumb' }).getByRole('list')
    const lineStarts = await trail.evaluate((list) => {
      const left = list.getBoundingClientRect().left
      const separators = [...list.querySelectorAll(':scope > li > [aria-hidden="true"]')]
      return separators.map((separator) => separator.getBoundingClientRect().left - left)
    })
    expect(lineStarts.length, `${path} separators`).toBeGreaterThan(0)
    for (const offset of lineStarts) expect(offset, `${path}: a separator at the start of a line`).toBeGreaterThan(1)
  }
  // The trail does wrap at this width on the first page, so the check above means something.
  await page.goto(trails[0])
  const height = await page.getByRole('navigation', { name: 'Breadcrumb' }).evaluate((nav) => nav.clientHeight)
  expect(height).toBeGreaterThan(30)
})
