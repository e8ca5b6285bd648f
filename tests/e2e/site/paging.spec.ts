import { readFileSync, writeFileSync } from 'node:fs'
import { expect, type Page, test } from '@playwright/test'
import { REVIEWS_PER_PAGE } from '../../../lib/paging'
import { e2eDatasetFile, e2ePreviewSecret } from '../runtime'

// The reader lists are paged: page 1 at the list's address, later pages at <list>/page/<n>.

const lists = ['/reviews', '/people', '/series', '/news'] as const

async function expectNotFound(page: Page, path: string) {
  const response = await page.goto(path)
  expect(response?.status(), `${path} status`).toBe(404)
  await expect(page.getByRole('heading', { level: 1, name: 'We could not find that page' })).toBeVisible()
  await expect(page).toHaveTitle(/Page not found/)
}

for (const list of lists) {
  test(`${list} fits on one page of the bundled dataset: no pagination, canonical URL is the list`, async ({
    page,
  }) => {
    const response = await page.goto(list)
    expect(response?.status()).toBe(200)
    await expect(page.getByRole('listitem').first()).toBeVisible()
    await expect(page.getByRole('navigation', { name: 'Pagination' })).toHaveCount(0)
    await expect(page.getByText(/^Page \d+ of \d+$/)).toHaveCount(0)
    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', new RegExp(`${list}$`))
  })

  test(`${list}/page/1 redirects permanently to ${list}`, async ({ page, request }) => {
    const response = await request.get(`${list}/page/1?from=feed`, { maxRedirects: 0 })
    expect(response.status()).toBe(308)
    // One Location header: proxies that merge repeated headers would make two into "/a, /a".
    const locations = response.headersArray().filter(({ name }) => name.toLowerCase() === 'location')
    expect(locations).toHaveLength(1)
    const target = new URL(locations[0].value, 'http://site.invalid')
    expect(target.pathname + target.search).toBe(`${list}?from=feed`)
    await page.goto(`${list}/page/1`)
    expect(new URL(page.url()).pathname).toBe(list)
  })
}

const badPages = [
  '/reviews/page/0',
  '/reviews/page/-1',
  '/reviews/page/01',
  '/reviews/page/1.5',
  '/reviews/page/two',
  '/reviews/page/2',
  '/reviews/page/999999',
  '/reviews/page/99999999999999999999',
  '/reviews/page/2/extra',
  '/reviews/page',
  '/people/page/2',
  '/people/page/007',
  '/series/page/2',
  '/news/page/0',
  '/news/page/2',
]

for (const path of badPages) {
  test(`${path} is the 404 page`, async ({ page }) => {
    await expectNotFound(page, path)
  })
}

test('a page past the end stays a 404 on a second visit', async ({ page }) => {
  await expectNotFound(page, '/people/page/3')
  await expectNotFound(page, '/people/page/3')
})

test.describe('a list longer than one page', () => {
  test.describe.configure({ mode: 'serial' })

  // Unpublished reviews added to the server's dataset copy show up in draft mode only.
  const extra = REVIEWS_PER_PAGE + 6
  let original: string

  test.beforeAll(() => {
    original = readFileSync(e2eDatasetFile, 'utf8')
    const drafts = Array.from({ length: extra }, (_, index) => {
      const n = String(index + 1).padStart(2, '0')
      return JSON.stringify({
        _id: `drafts.review-paging-${n}`,
        _type: 'review',
        kind: 'series',
        title: `Paging check ${n}`,
        slug: { _type: 'slug', current: `paging-check-${n}` },
        critic: { _type: 'reference', _ref: 'critic-mara-seo' },
        series: { _type: 'reference', _ref: 'series-love-in-the-big-city' },
        publishedAt: `2020-01-${n}T09:00:00Z`,
        spoilerLevel: 'none',
      })
    })
    writeFileSync(e2eDatasetFile, `${original.trimEnd()}\n${drafts.join('\n')}\n`)
  })

  test.afterAll(() => {
    writeFileSync(e2eDatasetFile, original)
  })

  test('draft mode pages the reviews with previous, numbered and next links', async ({ page, browser }) => {
    const enabled = await page.goto(
      `/api/draft-mode/enable?secret=${e2ePreviewSecret}&redirect=${encodeURIComponent('/reviews')}`,
    )
    expect(enabled?.status()).toBe(200)

    const first = page.getByRole('navigation', { name: 'Pagination' })
    await expect(first).toBeVisible()
    await expect(page.getByText('Page 1 of 2')).toBeVisible()
    await expect(page.getByRole('main').getByRole('article')).toHaveCount(REVIEWS_PER_PAGE)
    await expect(first.getByRole('link', { name: 'Page 1' })).toHaveAttribute('aria-current', 'page')
    await expect(first.getByRole('link', { name: 'Page 2' })).not.toHaveAttribute('aria-current')
    await expect(first.getByRole('link', { name: /Previous/ })).toHaveCount(0)

    await first.getByRole('link', { name: /Next/ }).click()
    await expect(page).toHaveURL(/\/reviews\/page\/2$/)
    await expect(page).toHaveTitle(/^Reviews, page 2 · /)
    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', /\/reviews\/page\/2$/)
    await expect(page.getByText('Page 2 of 2')).toBeVisible()
    // 12 bundled reviews and the added drafts, 24 to a page.
    await expect(page.getByRole('main').getByRole('article')).toHaveCount(12 + extra - REVIEWS_PER_PAGE)
    const second = page.getByRole('navigation', { name: 'Pagination' })
    await expect(second.getByRole('link', { name: 'Page 2' })).toHaveAttribute('aria-current', 'page')
    await expect(second.getByRole('link', { name: /Next/ })).toHaveCount(0)
    await expect(second.getByRole('link', { name: /Previous/ })).toHaveAttribute('href', '/reviews')

    expect((await page.goto('/reviews/page/3'))?.status()).toBe(404)

    // Readers outside draft mode still get one page.
    const reader = await browser.newPage()
    await reader.goto('/reviews')
    await expect(reader.getByRole('navigation', { name: 'Pagination' })).toHaveCount(0)
    expect((await reader.goto('/reviews/page/2'))?.status()).toBe(404)
    await reader.close()

    await page.goto('/api/draft-mode/disable')
  })
})
