import { expect, test } from '@playwright/test'

// Every page a reader can share names a share image that the site serves, and the browser finds
// the site's icon on the first load (a missing /favicon.ico is a 404 in every server log).

const pages = [
  '/',
  '/series',
  '/reviews',
  '/people',
  '/news',
  '/critics',
  '/how-we-score',
  '/series/love-in-the-big-city',
  '/series/love-in-the-big-city/episodes/3',
  '/reviews/love-in-the-big-city-review',
  '/people/nam-yoon-su',
  '/news/trailer-released',
  '/critics/mara-seo',
]

test('every kind of page names a share image the site serves as a 1200x630 PNG', async ({ page, request }) => {
  for (const path of pages) {
    await page.goto(path)
    const image = page.locator('meta[property="og:image"]')
    await expect(image, `${path} og:image`).toHaveCount(1)
    await expect(page.locator('meta[property="og:image:width"]')).toHaveAttribute('content', '1200')
    await expect(page.locator('meta[name="twitter:image"]')).toHaveCount(1)
    // Absolute URLs name the configured site origin; the card itself is fetched from this server.
    const { pathname, search } = new URL((await image.getAttribute('content'))!)
    const response = await request.get(`${pathname}${search}`)
    expect(response.status(), `${path} share image`).toBe(200)
    expect(response.headers()['content-type']).toBe('image/png')
  }
})

test('the site icon is linked from every page and /favicon.ico answers', async ({ page, request }) => {
  await page.goto('/news')
  const iconHref = await page.locator('link[rel="icon"]').first().getAttribute('href')
  expect(iconHref).toMatch(/^\/icon\b/)
  expect((await request.get(iconHref!)).headers()['content-type']).toBe('image/png')
  await expect(page.locator('link[rel="apple-touch-icon"]')).toHaveCount(1)

  const favicon = await request.get('/favicon.ico')
  expect(favicon.status()).toBe(200)
  expect(favicon.headers()['content-type']).toBe('image/x-icon')
  // An icon directory: reserved 0, type 1, then the number of images.
  expect(Array.from((await favicon.body()).subarray(0, 4))).toEqual([0, 0, 1, 0])
})
