import { expect, test } from '@playwright/test'

// Full-page screenshots for a person to look at after each run (tests/e2e/screenshots/, not committed).

const pages = [
  { name: 'series', path: '/series/love-in-the-big-city', heading: 'Love in the Big City' },
  { name: 'episode', path: '/series/love-in-the-big-city/episodes/5', heading: 'The Toolbox' },
  { name: 'review', path: '/reviews/love-in-the-big-city-review', heading: /sentimental education/ },
  { name: 'how-we-score', path: '/how-we-score', heading: 'How we score' },
]

const viewports = [
  { name: 'mobile', size: { width: 390, height: 844 } },
  { name: 'desktop', size: { width: 1280, height: 900 } },
]

for (const viewport of viewports) {
  for (const target of pages) {
    test(`${target.name} page at ${viewport.name} size`, async ({ page }) => {
      await page.setViewportSize(viewport.size)
      await page.goto(target.path)
      await expect(page.getByRole('heading', { level: 1, name: target.heading })).toBeVisible()
      await page.evaluate(() => document.fonts.ready)
      // Nothing may force sideways scrolling on a phone.
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      )
      expect(overflow).toBeLessThanOrEqual(0)
      await page.screenshot({ path: `tests/e2e/screenshots/${target.name}-${viewport.name}.png`, fullPage: true })
    })
  }
}
