import { expect, type Locator, test } from '@playwright/test'

// A link followed from far down a long page opens the next page at its top, at once: smooth
// scrolling is for in-page anchors only (Next 16 reads data-scroll-behavior="smooth" on <html>).

test.use({ reducedMotion: 'no-preference' })

test('a footer link from the bottom of a long page lands at the top of the next page', async ({ page }) => {
  await page.goto('/reviews/love-in-the-big-city-review')
  await expect(page.locator('html')).toHaveAttribute('data-scroll-behavior', 'smooth')
  await page.evaluate(() => window.scrollTo({ top: document.body.scrollHeight, behavior: 'instant' }))
  expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(1000)

  await page.getByRole('contentinfo').getByRole('link', { name: 'People' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'People' })).toBeVisible()
  // Sampled over the next frames: a glide would show positions between the old one and the top.
  const positions = await page.evaluate(async () => {
    const seen: number[] = []
    for (let frame = 0; frame < 20; frame++) {
      seen.push(window.scrollY)
      await new Promise(requestAnimationFrame)
    }
    return seen
  })
  expect(positions.every((y) => y === 0)).toBe(true)
})

test('an in-page anchor still glides', async ({ page }) => {
  await page.goto('/reviews/love-in-the-big-city-review')
  expect(await page.evaluate(() => getComputedStyle(document.documentElement).scrollBehavior)).toBe('smooth')
})

test.describe('anchors on a phone', () => {
  test.use({ viewport: { width: 412, height: 823 }, isMobile: true, hasTouch: true })

  /** The element's distance from the top of the viewport once scrolling has stopped. */
  async function settledTop(target: Locator) {
    let last = Number.NaN
    await expect
      .poll(async () => {
        const top = await target.evaluate((element) => Math.round(element.getBoundingClientRect().top))
        const settled = top === last
        last = top
        return settled
      })
      .toBe(true)
    return last
  }

  test('the audience score’s link glides to the reader reviews and lands on them', async ({ page }) => {
    await page.goto('/series/love-in-the-big-city')
    await page.locator('a[href="#reader-reviews"]').click()
    await expect(page).toHaveURL(/#reader-reviews$/)
    expect(Math.abs(await settledTop(page.locator('#reader-reviews')))).toBeLessThan(100)
  })

  test('a page opened at an anchor far down lands on it', async ({ page }) => {
    await page.goto('/reviews/love-in-the-big-city-review#comments')
    expect(Math.abs(await settledTop(page.locator('#comments')))).toBeLessThan(100)
    await expect(page.getByRole('heading', { level: 2, name: 'Comments' })).toBeInViewport()
  })
})
