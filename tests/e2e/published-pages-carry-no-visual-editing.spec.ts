import { expect, type Page, type Response, test } from '@playwright/test'
import { measuredPages } from '../bench/pages'
import { STEGA_RUN, servedPage, visualEditingChunks, visualEditingMarkerIn } from '../support/visual-editing-code'
import { e2ePreviewSecret } from './runtime'

// Readers pay nothing for visual editing: no stega marks in a page, no overlay code in its scripts,
// neither in the HTML's script list nor in what Chromium loads afterwards.

const publishedPages = [
  ...measuredPages.map(({ path }) => ({ path, status: 200 })),
  { path: '/reviews', status: 200 },
  { path: '/critics/mara-seo', status: 200 },
  { path: '/news/trailer-released', status: 200 },
  { path: '/no-such-page', status: 404 },
]

/** Every script Chromium fetched while opening the page and settling (route prefetches included). */
async function scriptsLoadedBy(page: Page, path: string): Promise<{ url: string; body: string }[]> {
  const responses: Response[] = []
  const record = (response: Response) => {
    if (response.request().resourceType() === 'script') responses.push(response)
  }
  page.on('response', record)
  await page.goto(path, { waitUntil: 'networkidle' })
  page.off('response', record)
  return Promise.all(responses.map(async (response) => ({ url: response.url(), body: await response.text() })))
}

test('the build holds the overlay code, in chunks of its own', () => {
  // Without this the checks below could pass by looking for the wrong thing.
  expect(visualEditingChunks('.next').length).toBeGreaterThan(0)
})

for (const { path, status } of publishedPages) {
  test(`${path} carries no stega and loads no overlay code`, async ({ page, baseURL }) => {
    const overlayChunks = visualEditingChunks('.next')
    const served = await servedPage(baseURL!, path)
    expect(served.status).toBe(status)
    expect(served.scripts.length).toBeGreaterThan(0)
    expect(served.html).not.toMatch(STEGA_RUN)
    for (const script of served.scripts) {
      expect(overlayChunks).not.toContain(new URL(script.url).pathname)
      expect(visualEditingMarkerIn(script.body), script.url).toBeUndefined()
    }

    const loaded = await scriptsLoadedBy(page, path)
    expect(loaded.length).toBeGreaterThan(0)
    for (const script of loaded) expect(visualEditingMarkerIn(script.body), script.url).toBeUndefined()
  })
}

test('draft mode on the bundled dataset shows the banner and loads no overlay code either', async ({
  page,
  context,
}) => {
  const review = '/reviews/love-in-the-big-city-review'
  await page.goto(`/api/draft-mode/enable?secret=${e2ePreviewSecret}&redirect=${encodeURIComponent(review)}`)
  await expect(page.getByRole('region', { name: 'Draft mode' })).toBeVisible()
  const loaded = await scriptsLoadedBy(page, review)
  for (const script of loaded) expect(visualEditingMarkerIn(script.body), script.url).toBeUndefined()
  expect(await page.content()).not.toMatch(STEGA_RUN)
  await context.clearCookies()
})
