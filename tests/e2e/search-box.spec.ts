import { expect, test, type Locator, type Page } from '@playwright/test'

// The header's search box (components/search/SearchBox.tsx) as a keyboard user meets it in Chromium:
// the WAI-ARIA APG combobox with a grouped list popup, fed by the real /api/search on the bundled dataset.

/** The home page's search box, once React has hydrated it. */
async function openSearchBox(page: Page) {
  await page.goto('/')
  // Only the hydrated box is a combobox (the server sends a plain search field), so keys typed
  // from here on reach React's handlers instead of being lost when it hydrates.
  const box = page.getByRole('combobox', { name: 'Search the site' })
  await expect(box).toBeVisible()
  const form = page.getByRole('search')
  return {
    box,
    listbox: page.getByRole('listbox', { name: 'Suggestions' }),
    status: form.getByRole('status'),
  }
}

/** The number of suggestions the live region announced. */
async function announcedCount(status: Locator): Promise<number> {
  await expect(status).toHaveText(/^\d+ suggestions?$/)
  return Number.parseInt((await status.textContent()) ?? '', 10)
}

async function expectActive(box: Locator, listbox: Locator, option: Locator) {
  const id = await option.getAttribute('id')
  expect(id).toBeTruthy()
  await expect(box).toHaveAttribute('aria-activedescendant', id!)
  await expect(option).toHaveAttribute('aria-selected', 'true')
  await expect(listbox.locator('[role="option"][aria-selected="true"]')).toHaveCount(1)
}

test('suggestions for 남윤수 are announced, walked with the arrows and opened with Enter in place', async ({
  page,
}) => {
  const { box, listbox, status } = await openSearchBox(page)
  await expect(box).toHaveAttribute('aria-expanded', 'false')
  await expect(box).toHaveAttribute('aria-autocomplete', 'list')

  await box.pressSequentially('남윤수')
  const count = await announcedCount(status)
  expect(count).toBeGreaterThanOrEqual(1)
  await expect(box).toHaveAttribute('aria-expanded', 'true')
  await expect(listbox).toBeVisible()
  await expect(box).toHaveAttribute('aria-controls', (await listbox.getAttribute('id'))!)
  const options = listbox.getByRole('option')
  // Every suggestion, then the way to all results.
  await expect(options).toHaveCount(count + 1)
  await expect(options.last()).toHaveText('All results for “남윤수”')
  await expect(listbox.getByRole('group', { name: 'People' }).getByRole('option').first()).toContainText('Nam Yoon-su')
  await expect(box).not.toHaveAttribute('aria-activedescendant')
  await expect(listbox.locator('[role="option"][aria-selected="true"]')).toHaveCount(0)

  // The best match comes first, and the arrows wrap at both ends; focus never leaves the text box.
  await page.keyboard.press('ArrowDown')
  await expectActive(box, listbox, options.first())
  await expect(options.first()).toContainText('Nam Yoon-su')
  await page.keyboard.press('ArrowDown')
  await expectActive(box, listbox, options.nth(1))
  await page.keyboard.press('ArrowUp')
  await expectActive(box, listbox, options.first())
  await page.keyboard.press('ArrowUp')
  await expectActive(box, listbox, options.last())
  await page.keyboard.press('ArrowDown')
  await expectActive(box, listbox, options.first())
  await expect(box).toBeFocused()

  // A marker on window survives a client-side navigation only.
  await page.evaluate(() => Object.assign(window, { beforeSearch: true }))
  await page.keyboard.press('Enter')
  await expect(page).toHaveURL('/people/nam-yoon-su')
  await expect(page.getByRole('heading', { level: 1, name: 'Nam Yoon-su' })).toBeVisible()
  expect(await page.evaluate(() => 'beforeSearch' in window)).toBe(true)
  await expect(box).toHaveAttribute('aria-expanded', 'false')
})

test('Escape closes the suggestions, a second Escape empties the box, and typing opens them again', async ({
  page,
}) => {
  const { box, listbox, status } = await openSearchBox(page)
  await box.pressSequentially('Nam Yoon-su')
  await announcedCount(status)
  await page.keyboard.press('ArrowDown')
  await expect(box).toHaveAttribute('aria-activedescendant', /.+/)

  await page.keyboard.press('Escape')
  await expect(box).toHaveAttribute('aria-expanded', 'false')
  await expect(listbox).toBeHidden()
  await expect(box).not.toHaveAttribute('aria-activedescendant')
  await expect(box).toHaveValue('Nam Yoon-su')

  // The arrow brings the list back without another request.
  await page.keyboard.press('ArrowDown')
  await expect(box).toHaveAttribute('aria-expanded', 'true')
  await expectActive(box, listbox, listbox.getByRole('option').first())

  await page.keyboard.press('Escape')
  await page.keyboard.press('Escape')
  await expect(box).toHaveValue('')
  await expect(box).toHaveAttribute('aria-expanded', 'false')
  await expect(status).toHaveText('')

  await box.pressSequentially('Nam')
  await expect(box).toHaveAttribute('aria-expanded', 'true')
})

test('Home and End stay in the text box, Tab closes the suggestions', async ({ page }) => {
  const { box, listbox, status } = await openSearchBox(page)
  await box.pressSequentially('Nam Yoon-su')
  await announcedCount(status)
  await page.keyboard.press('ArrowDown')
  await page.keyboard.press('Home')
  await expect(box).not.toHaveAttribute('aria-activedescendant')
  await expect(box).toHaveAttribute('aria-expanded', 'true')
  expect(await box.evaluate((input: HTMLInputElement) => input.selectionStart)).toBe(0)
  await page.keyboard.press('End')
  expect(await box.evaluate((input: HTMLInputElement) => input.selectionStart)).toBe('Nam Yoon-su'.length)

  await page.keyboard.press('Tab')
  await expect(box).toHaveAttribute('aria-expanded', 'false')
  await expect(listbox).toBeHidden()
  await expect(page.getByRole('search').getByRole('button', { name: 'Search' })).toBeFocused()
})

test('Enter with no suggestion chosen goes to the search page for what was typed', async ({ page }) => {
  const { box, status } = await openSearchBox(page)
  await box.pressSequentially('남윤수')
  await announcedCount(status)
  await page.keyboard.press('Enter')
  await expect(page).toHaveURL(/\/search\?/)
  const url = new URL(page.url())
  expect([url.pathname, url.searchParams.get('q')]).toEqual(['/search', '남윤수'])
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
})

test('a query with no match says so and opens no list', async ({ page }) => {
  const { box, listbox, status } = await openSearchBox(page)
  await box.pressSequentially('qxzqxzqxz')
  await expect(status).toHaveText('No suggestions for “qxzqxzqxz”')
  await expect(box).toHaveAttribute('aria-expanded', 'false')
  await expect(listbox).toBeHidden()
  await page.keyboard.press('ArrowDown')
  await expect(box).not.toHaveAttribute('aria-activedescendant')
})

test('clicking a suggestion opens it', async ({ page }) => {
  const { box, listbox, status } = await openSearchBox(page)
  await box.pressSequentially('Love in the Big City')
  await announcedCount(status)
  await listbox.getByRole('group', { name: 'Series' }).getByRole('option').first().click()
  await expect(page).toHaveURL('/series/love-in-the-big-city')
  await expect(page.getByRole('heading', { level: 1, name: 'Love in the Big City' })).toBeVisible()
})

test('a newer query cancels the request for the older one, whose answer never shows', async ({ page }) => {
  const { box, listbox, status } = await openSearchBox(page)
  const queryOf = (url: string) => new URL(url).searchParams.get('q')
  let releaseOlder = () => {}
  const olderHeld = new Promise<void>((resolve) => (releaseOlder = resolve))
  await page.route('**/api/search?*', async (route) => {
    if (queryOf(route.request().url()) === 'Nam Yoon-su') await olderHeld
    // The page may have cancelled the request meanwhile.
    await route.continue().catch(() => {})
  })
  const olderSent = page.waitForRequest((request) => queryOf(request.url()) === 'Nam Yoon-su')
  const olderCancelled = page.waitForEvent('requestfailed', (request) => queryOf(request.url()) === 'Nam Yoon-su')

  await box.fill('Nam Yoon-su')
  await olderSent
  await box.fill('Love in the Big City')
  await olderCancelled
  releaseOlder()
  await announcedCount(status)
  await expect(listbox.getByRole('option').first()).toContainText('Love in the Big City')
  await expect(listbox.getByRole('option', { name: /Nam Yoon-su/ })).toHaveCount(0)
})

test('the box asks the server only once typing has paused for 150 ms, for the whole query', async ({ page }) => {
  // The page's timers run on a clock the test stops and moves, so a busy machine cannot change the outcome.
  await page.clock.install()
  const { box, status } = await openSearchBox(page)
  await page.clock.pauseAt(Date.now() + 60_000)
  const asked: string[] = []
  page.on('request', (request) => {
    const url = new URL(request.url())
    if (url.pathname === '/api/search') asked.push(url.searchParams.get('q') ?? '')
  })
  await box.pressSequentially('Nam')
  await page.clock.runFor(100)
  await box.pressSequentially(' Yoon-su')
  await page.clock.runFor(149)
  expect(asked).toEqual([])
  await page.clock.runFor(1)
  await announcedCount(status)
  expect(asked).toEqual(['Nam Yoon-su'])
})

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false })

  test('the box is a plain search form that opens the search page', async ({ page }) => {
    await page.goto('/')
    await expect(page.getByRole('combobox')).toHaveCount(0)
    const field = page.getByRole('search').getByRole('searchbox', { name: 'Search the site' })
    await field.fill('남윤수')
    await field.press('Enter')
    await expect(page).toHaveURL(/\/search\?/)
    const url = new URL(page.url())
    expect([url.pathname, url.searchParams.get('q')]).toEqual(['/search', '남윤수'])
  })
})

for (const { name, width } of [
  { name: 'a 360 px phone', width: 360 },
  { name: 'a tablet', width: 800 },
  { name: 'a desktop', width: 1280 },
]) {
  test(`the header holds the search box on ${name}`, async ({ page }) => {
    await page.setViewportSize({ width, height: 800 })
    const { box, listbox, status } = await openSearchBox(page)
    const overflow = () =>
      page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)
    expect(await overflow()).toBeLessThanOrEqual(0)
    const button = page.getByRole('search').getByRole('button', { name: 'Search' })
    const [boxRect, buttonRect] = [await box.boundingBox(), await button.boundingBox()]
    expect(boxRect!.x).toBeGreaterThanOrEqual(0)
    expect(buttonRect!.x + buttonRect!.width).toBeLessThanOrEqual(width)
    // A comfortable target on a phone (WCAG 2.5.8 asks for 24 px; 44 px is the touch guideline).
    expect(boxRect!.height).toBeGreaterThanOrEqual(44)
    expect(boxRect!.width).toBeGreaterThanOrEqual(width < 640 ? 200 : 240)

    if (width >= 1024) {
      // One row on a desktop: the title and the box share a line.
      const title = await page.getByRole('banner').getByRole('link').first().boundingBox()
      const middle = boxRect!.y + boxRect!.height / 2
      expect(middle).toBeGreaterThan(title!.y)
      expect(middle).toBeLessThan(title!.y + title!.height)
    }

    await box.pressSequentially('Nam Yoon-su')
    await announcedCount(status)
    const popup = await listbox.boundingBox()
    expect(popup!.x).toBeGreaterThanOrEqual(0)
    expect(popup!.x + popup!.width).toBeLessThanOrEqual(width)
    expect(await overflow()).toBeLessThanOrEqual(0)
    // For a person to look at (tests/e2e/screenshots/, not committed): the list with its first option active.
    await page.keyboard.press('ArrowDown')
    await page.screenshot({ path: `tests/e2e/screenshots/search-box-${width}.png` })
  })
}
