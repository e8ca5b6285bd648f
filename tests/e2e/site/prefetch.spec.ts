/**
 * What a page prefetches while a phone is still starting it. The links a reader is likely to take
 * next (the next episode, the series' own pages) are prefetched as they come into view; lists of
 * cards and credits are prefetched one link at a time, when the reader points at, focuses or touches
 * one.
 */
import { expect, type Page, test } from '@playwright/test'

const episodePage = '/series/love-in-the-big-city/episodes/1'

/** The paths of every route prefetch (an RSC request marked as a prefetch) the page makes from now on. */
function recordPrefetches(page: Page): string[] {
  const paths: string[] = []
  page.on('request', async (request) => {
    // Router headers are added after the request event's own header list is taken.
    if ((await request.allHeaders())['next-router-prefetch']) paths.push(new URL(request.url()).pathname)
  })
  return paths
}

/** Scrolls to the bottom a screen at a time, so every link on the page has been in view. */
async function scrollThrough(page: Page) {
  await page.evaluate(async () => {
    for (let y = 0; y < document.body.scrollHeight; y += window.innerHeight / 2) {
      window.scrollTo(0, y)
      await new Promise((resolve) => setTimeout(resolve, 50))
    }
  })
  await page.waitForLoadState('networkidle')
}

test('an episode page prefetches the next episode on load, a card or credit once reached for', async ({ page }) => {
  const prefetched = recordPrefetches(page)
  await page.goto(episodePage)
  await scrollThrough(page)

  // Prefetches start when the browser is idle; once the next episode's has, the others would have too.
  await expect.poll(() => prefetched).toContain('/series/love-in-the-big-city/episodes/2')
  await page.waitForLoadState('networkidle')
  const cardLink = page.getByRole('link', { name: /^First look at Love in the Big City/ })
  const creditLink = page.getByRole('link', { name: 'Son Tae-gyum' })
  const cardPath = (await cardLink.getAttribute('href'))!
  const creditPath = (await creditLink.getAttribute('href'))!
  expect(cardPath).toMatch(/^\/reviews\//)
  expect(creditPath).toMatch(/^\/people\//)
  expect(prefetched).not.toContain(cardPath)
  expect(prefetched).not.toContain(creditPath)

  await cardLink.hover()
  await expect.poll(() => prefetched).toContain(cardPath)

  await creditLink.focus()
  await expect.poll(() => prefetched).toContain(creditPath)
})

test('a card followed before its prefetch still opens its page', async ({ page }) => {
  await page.goto('/')
  const card = page
    .getByRole('region', { name: 'Latest reviews' })
    .getByRole('article')
    .first()
    .getByRole('heading')
    .getByRole('link')
  const path = (await card.getAttribute('href'))!
  await card.click()
  await expect(page).toHaveURL(path)
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
})
