import { expect, test, type Browser, type Page } from '@playwright/test'

import { e2eDatasetFile } from '../runtime'
import { markedTexts } from './marked-texts'

// The spoiler shield is a promise: with "I've watched up to episode 3", nothing that reveals
// episodes 4-8 is visible or read out on any page of the bundled dataset, and with episode 8 all
// of it is. Texts come from the dataset with the episode each one reveals; spoiler blocks, which
// stay closed whatever the shield says, are covered by spoilers.spec.ts.

const seriesSlug = 'love-in-the-big-city'
const storageKey = `spoiler-shield:${seriesSlug}`
const texts = markedTexts(e2eDatasetFile)
const later = texts.filter((text) => text.revealsUpTo >= 4)
const earlier = texts.filter((text) => text.revealsUpTo <= 3)

/** Every page in the sitemap, as a path on the server under test. */
async function sitemapPaths(page: Page): Promise<string[]> {
  const response = await page.request.get('/sitemap.xml')
  expect(response.ok()).toBe(true)
  const paths = [...(await response.text()).matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => new URL(match[1]).pathname)
  expect(paths.length).toBeGreaterThan(40)
  return paths
}

async function withShieldAt(browser: Browser, episode: number) {
  const context = await browser.newContext()
  // As the store writes it, before any of the site's scripts run.
  await context.addInitScript(([key, value]) => window.localStorage.setItem(key, value), [storageKey, String(episode)])
  return context
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}

/** What the page exposes to screen readers (its accessibility tree), and which phrases Playwright finds visible. */
async function readPage(page: Page, path: string, phrases: string[]) {
  const response = await page.goto(path)
  expect(response?.status(), `${path} status`).toBe(200)
  // The tab title is shown too: it follows the headline's version.
  const snapshot = `${await page.title()}\n${await page.locator('body').ariaSnapshot()}`
  const visible = page.getByText(new RegExp(phrases.map(escapeRegExp).join('|'))).filter({ visible: true })
  const visibleTexts = await visible.allInnerTexts()
  return { snapshot, visibleTexts }
}

test.describe('every page with the shield set', () => {
  test.describe.configure({ timeout: 300_000 })

  test('at episode 3, nothing revealing episodes 4–8 is visible or in the accessibility tree; up to 3 is', async ({
    browser,
  }) => {
    expect(later.length, 'the dataset marks later-episode texts').toBeGreaterThan(50)
    const context = await withShieldAt(browser, 3)
    const page = await context.newPage()
    const leaks: string[] = []
    const seenEarlier = new Set<string>()
    for (const path of await sitemapPaths(page)) {
      const { snapshot, visibleTexts } = await readPage(
        page,
        path,
        later.map((text) => text.phrase),
      )
      for (const text of later) {
        if (snapshot.includes(text.phrase))
          leaks.push(
            `${path}: "${text.phrase}" (${text.source}, episode ${text.revealsUpTo}) is in the accessibility tree`,
          )
      }
      for (const shown of visibleTexts)
        leaks.push(`${path}: visible text reveals a later episode: "${shown.slice(0, 120)}"`)
      for (const text of earlier) if (snapshot.includes(text.phrase)) seenEarlier.add(text.phrase)
    }
    expect(leaks).toEqual([])
    // The shield hides only what it must: everything up to episode 3 still reaches the reader.
    expect(
      earlier.filter((text) => !seenEarlier.has(text.phrase)).map((text) => `${text.source}: ${text.phrase}`),
    ).toEqual([])
    await context.close()
  })

  test('at episode 8, every marked text is shown somewhere', async ({ browser }) => {
    const context = await withShieldAt(browser, 8)
    const page = await context.newPage()
    const seen = new Set<string>()
    for (const path of await sitemapPaths(page)) {
      const { snapshot } = await readPage(
        page,
        path,
        later.map((text) => text.phrase),
      )
      for (const text of texts) if (snapshot.includes(text.phrase)) seen.add(text.phrase)
    }
    expect(texts.filter((text) => !seen.has(text.phrase)).map((text) => `${text.source}: ${text.phrase}`)).toEqual([])
    await context.close()
  })
})

test('placeholders say why text is hidden, and editors’ spoiler-free versions stand in', async ({ browser }) => {
  const context = await withShieldAt(browser, 3)
  const page = await context.newPage()
  await page.goto('/reviews')
  await expect(page.getByRole('link', { name: 'Love in the Big City episode 5 review', exact: true })).toBeVisible()
  await expect(page.getByText('Reveals episode 6: hidden by your spoiler shield.').first()).toBeVisible()
  await page.goto(`/series/${seriesSlug}/episodes`)
  const arcs = page.getByRole('region', { name: 'Story arcs and their directors' })
  await expect(arcs.getByText("Hong Ji-young's chapter belongs to Young and Gyu-ho (Jin Ho-eun).")).toBeVisible()
  await context.close()
})

/** Records layout shifts that count towards CLS (those not caused by the reader's own input). */
function recordLayoutShifts() {
  const shifts: number[] = []
  ;(window as unknown as { layoutShifts: number[] }).layoutShifts = shifts
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) {
      if (!entry.hadRecentInput) shifts.push(entry.value)
    }
  }).observe({ type: 'layout-shift', buffered: true })
}

test('setting the shield on the page swaps later text at once, each text keeping its size', async ({ page }) => {
  await page.addInitScript(recordLayoutShifts)
  // The episode guide: every episode's teaser and every arc's summary is marked with what it reveals.
  await page.goto(`/series/${seriesSlug}/episodes`)
  const reserved = page.locator('[data-reveals-episode][data-layout="reserve"]')
  const sizes = () =>
    reserved.evaluateAll((elements) => elements.map((element) => [element.clientWidth, element.clientHeight]))
  const before = await sizes()
  expect(before.length).toBeGreaterThan(10)
  const arcSummary = page.getByText(/Young starts an affair with a married man/)
  await expect(arcSummary).toBeVisible()

  // By keyboard, as a reader would: not set, no episodes yet, 1, 2, 3.
  const shield = page.getByRole('combobox', { name: "I've watched up to" })
  // Keys pressed before React has hydrated the select would be lost when it does.
  await expect
    .poll(() => shield.evaluate((select) => Object.keys(select).some((key) => key.startsWith('__reactProps'))))
    .toBe(true)
  // Only the swap's own shifts count here: every font face is loaded first, so a face a placeholder
  // uses for the first time (the italic) cannot arrive mid-test. The page's load is the next test's.
  await page.evaluate(async () => {
    await Promise.allSettled([...document.fonts].map((face) => face.load()))
    ;(window as unknown as { layoutShifts: number[] }).layoutShifts.length = 0
  })
  await shield.focus()
  for (let step = 0; step < 4; step++) await page.keyboard.press('ArrowDown')
  await expect(shield).toHaveValue('3')
  await expect(arcSummary).toBeHidden()
  await expect(page.getByText(/closing chapter finds Young on his own/)).toBeVisible()
  expect(await sizes()).toEqual(before)
  expect(await page.evaluate(() => (window as unknown as { layoutShifts: number[] }).layoutShifts)).toEqual([])
})

test('a page opened with the shield set never shifts its layout, even with the web fonts late', async ({ browser }) => {
  const context = await withShieldAt(browser, 3)
  await context.addInitScript(recordLayoutShifts)
  // As on a slow phone: the serif arrives well after the first paint.
  await context.route(/\.woff2$/, async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 800))
    await route.continue()
  })
  const page = await context.newPage()
  for (const path of [
    `/series/${seriesSlug}`,
    `/series/${seriesSlug}/episodes`,
    `/series/${seriesSlug}/cast`,
    `/series/${seriesSlug}/episodes/5`,
    '/reviews/love-in-the-big-city-ending-explained',
    '/',
  ]) {
    await page.goto(path)
    await page.waitForLoadState('load')
    // Let a frame or two pass so any late shift would be recorded.
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))))
    expect(await page.evaluate(() => (window as unknown as { layoutShifts: number[] }).layoutShifts), path).toEqual([])
  }
  await context.close()
})

test('an episode past the reader’s progress shows its facts and asks before showing its synopsis', async ({
  browser,
}) => {
  const context = await withShieldAt(browser, 3)
  const page = await context.newPage()
  await page.goto(`/series/${seriesSlug}/episodes/5`)
  await expect(page.getByRole('heading', { level: 1, name: 'The Toolbox' })).toBeVisible()
  await expect(page.getByText('Episode 5 of 8')).toBeVisible()
  await expect(page.getByRole('link', { name: 'Hong Ji-young' })).toBeVisible()
  await expect(page.getByText('First aired')).toBeVisible()
  // Content notes name their topics up front; their details wait.
  await expect(page.getByText('HIV', { exact: true })).toBeVisible()
  await expect(page.getByText(/Young discloses that he is living with HIV/)).toBeHidden()
  await expect(page.getByRole('heading', { name: 'Synopsis' })).toBeHidden()

  const show = page.getByRole('button', { name: 'Show episode 5’s synopsis anyway' })
  await expect(show).toBeVisible()
  await show.press('Enter')
  await expect(page.getByRole('heading', { name: 'Synopsis' })).toBeVisible()
  await expect(page.getByText(/has a firm rule against sleeping with anyone/)).toBeVisible()
  await expect(page.locator('[data-reveals-episode="5"] :focus')).toHaveCount(1)
  // The spoiler block inside still obeys the shield (reader reviews below have their own).
  const guideSpoiler = page.getByRole('region', { name: 'Episode guide' }).getByRole('group', {
    name: 'Spoiler for episode 5',
  })
  await expect(guideSpoiler.getByRole('button')).toHaveAccessibleName(/Locked/)
  await context.close()
})

test('a first-time visitor to an episode or an ending explained is offered the shield; the series page is not', async ({
  page,
}) => {
  const notice = page.getByText('Still watching?')
  await page.goto(`/series/${seriesSlug}/episodes/2`)
  await expect(notice).toBeVisible()
  await notice.getByRole('link', { name: 'Tell the spoiler shield how far you have got' }).click()
  const shield = page.getByRole('combobox', { name: "I've watched up to" })
  await expect(page).toHaveURL(/#spoiler-shield-love-in-the-big-city$/)
  await shield.selectOption('2')
  await expect(notice).toBeHidden()

  await page.goto('/reviews/love-in-the-big-city-ending-explained')
  await expect(notice).toBeHidden()
  await page.evaluate((key) => window.localStorage.removeItem(key), storageKey)
  await page.reload()
  await expect(notice).toBeVisible()
  await page.goto(`/series/${seriesSlug}`)
  await expect(notice).toHaveCount(0)
})

test('without JavaScript, pages read as before: later text shown, spoiler blocks closed', async ({
  browser,
  baseURL,
}) => {
  const context = await browser.newContext({
    javaScriptEnabled: false,
    storageState: {
      cookies: [],
      origins: [{ origin: new URL(baseURL!).origin, localStorage: [{ name: storageKey, value: '3' }] }],
    },
  })
  const page = await context.newPage()
  await page.goto('/reviews/love-in-the-big-city-episode-5')
  await expect(
    page.getByRole('heading', { level: 1, name: 'Love in the Big City episode 5 review: someone who stays' }),
  ).toBeVisible()
  await expect(page.getByText(/Gyu-ho \(Jin Ho-eun\) is a nursing student from out of town/)).toBeVisible()
  await expect(page.getByText(/Still grieving his mother, Young tells Gyu-ho/)).toBeHidden()
  await expect(page.getByText('Still watching?')).toBeHidden()
  await context.close()
})
