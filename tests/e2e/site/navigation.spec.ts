import { expect, test, type Page } from '@playwright/test'

// How a reader finds their way: the header and footer links, the critics index, and the
// previous/next links that walk through episodes and episode reviews.

async function open(page: Page, path: string) {
  const response = await page.goto(path)
  expect(response?.status(), `${path} status`).toBe(200)
}

const sections = [
  ['Home', '/'],
  ['Series', '/series'],
  ['Reviews', '/reviews'],
  ['People', '/people'],
  ['News', '/news'],
  ['Critics', '/critics'],
]

test('the header and the footer lead to every section, News and Critics included', async ({ page }) => {
  await open(page, '/')
  for (const landmark of [page.getByRole('navigation', { name: 'Main' }), page.getByRole('contentinfo')]) {
    const links = landmark.getByRole('link')
    await expect(links).toHaveText(sections.map(([label]) => label))
    const hrefs = await links.evaluateAll((anchors) => anchors.map((anchor) => anchor.getAttribute('href')))
    expect(hrefs).toEqual(sections.map(([, href]) => href))
  }
})

test('the critics index lists each critic with the number of their published reviews', async ({ page }) => {
  await open(page, '/critics')
  await expect(page).toHaveTitle('Critics · Cold Open')
  await expect(page.getByRole('heading', { level: 1, name: 'Critics' })).toBeVisible()
  const cards = page.getByRole('main').getByRole('article')
  await expect(cards.getByRole('heading', { level: 2 })).toHaveText(['Lucía Ferrer', 'Mara Seo', 'Theo Brandt'])
  await expect(cards.nth(0)).toContainText('No published reviews yet')
  await expect(cards.nth(1)).toContainText('3 reviews')
  await expect(cards.nth(2)).toContainText('8 reviews')
  await cards.nth(2).getByRole('link', { name: 'Theo Brandt' }).click()
  await expect(page).toHaveURL(/\/critics\/theo-brandt$/)
})

test('a critic’s breadcrumb leads back to the critics, not the reviews', async ({ page }) => {
  await open(page, '/critics/mara-seo')
  const crumbs = page.getByRole('navigation', { name: 'Breadcrumb' })
  await expect(crumbs.getByRole('link')).toHaveText(['Critics'])
  await expect(crumbs.getByRole('link', { name: 'Critics' })).toHaveAttribute('href', '/critics')
  await expect(crumbs.locator('[aria-current="page"]')).toHaveText('Mara Seo')
})

test('an episode review links to the reviews of the episodes either side', async ({ page }) => {
  await open(page, '/reviews/love-in-the-big-city-episode-4')
  const neighbours = page.getByRole('navigation', { name: 'Episode reviews' })
  const previous = neighbours.getByRole('link', { name: /^Previous: episode 3 review/ })
  await expect(previous).toHaveAttribute('href', '/reviews/love-in-the-big-city-episode-3')
  await expect(previous).toHaveAttribute('rel', 'prev')
  await expect(previous).toContainText('The Philosophy Class, by Theo Brandt')
  const next = neighbours.getByRole('link', { name: /^Next: episode 5 review/ })
  await expect(next).toHaveAttribute('href', '/reviews/love-in-the-big-city-episode-5')
  await next.click()
  await expect(page).toHaveURL(/\/reviews\/love-in-the-big-city-episode-5$/)

  await open(page, '/reviews/love-in-the-big-city-episode-8')
  await expect(page.getByRole('navigation', { name: 'Episode reviews' }).getByRole('link')).toHaveCount(1)
  await open(page, '/reviews/love-in-the-big-city-review')
  await expect(page.getByRole('navigation', { name: 'Episode reviews' })).toHaveCount(0)
})

test('an episode links to the episodes before and after it by number', async ({ page }) => {
  await open(page, '/series/love-in-the-big-city/episodes/2')
  const neighbours = page.getByRole('navigation', { name: 'Episodes' })
  await expect(neighbours.getByRole('link', { name: /^Previous: episode 1/ })).toHaveAttribute(
    'href',
    '/series/love-in-the-big-city/episodes/1',
  )
  await neighbours.getByRole('link', { name: /^Next: episode 3/ }).click()
  await expect(page).toHaveURL(/\/episodes\/3$/)
  await expect(page.getByRole('heading', { level: 1, name: 'The Philosophy Class' })).toBeVisible()
})
