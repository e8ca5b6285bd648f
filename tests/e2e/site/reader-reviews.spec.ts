import { readFileSync } from 'node:fs'
import { expect, test, type Locator, type Page } from '@playwright/test'

import { openReactionStore } from '../../../lib/reactions/store/open-store'
import type { ReactionRecord } from '../../../lib/reactions/types'
import { e2eReactionsFile } from '../runtime'

// The reader side on a production build: the audience score and its histogram, too few ratings,
// the all-reviews page without JavaScript, and spoiler-flagged reviews behind the spoiler shield.
// Other specs post reviews and votes to the same server, so the answer key is the reactions API
// (its own code path to the store), and the sample file where only the sample matters.

const seriesSlug = 'love-in-the-big-city'
const seriesSubject = `series-${seriesSlug}`
const allReviewsPath = `/series/${seriesSlug}/reader-reviews`

type SampleReview = Extract<ReactionRecord, { kind: 'readerReview' }>

const sampleReviews = readFileSync('lib/reactions/sample-reactions.ndjson', 'utf8')
  .split('\n')
  .filter((line) => line.trim())
  .map((line) => JSON.parse(line) as ReactionRecord)
  .filter((record): record is SampleReview => record.kind === 'readerReview' && record.status === 'published')

interface Summary {
  count: number
  average: number | null
  histogram: Record<string, number>
}

async function summaryOf(page: Page, subject: string) {
  const response = await page.request.get(`/api/reactions/summary?subject=${subject}`)
  expect(response.status()).toBe(200)
  const summary = (await response.json()) as Summary
  return {
    ...summary,
    shownAverage: summary.average === null ? null : summary.average.toFixed(1),
    rows: ['10', '9', '8', '7', '6', '5', '4', '3', '2', '1'].map((rating) => [
      rating,
      String(summary.histogram[rating]),
    ]),
  }
}

/** The ids the reviews API lists for a view, as the cards' element ids. */
async function listedIds(page: Page, subject: string, query: string) {
  const response = await page.request.get(`/api/reactions/reviews?subject=${subject}&limit=10&${query}`)
  expect(response.status()).toBe(200)
  const body = (await response.json()) as { total: number; reviews: { id: string }[] }
  return { total: body.total, ids: body.reviews.map((review) => `reader-review-${review.id}`) }
}

/**
 * A static page shows the reactions of its last render, which may predate other specs' writes or a
 * previous run on the same build. A vote expires the subject's pages, as any write does.
 */
async function expirePagesOf(page: Page, subject: string) {
  const { ids } = await listedIds(page, subject, 'sort=newest')
  const vote = await page.request.post(`/api/reactions/reviews/${ids[0].replace('reader-review-', '')}/votes`, {
    data: { helpful: true },
  })
  expect(vote.status()).toBe(200)
}

/** An expired page regenerates behind the next visit: reload until it shows the current data. */
async function untilFresh(page: Page, path: string, check: () => Promise<void>) {
  await page.goto(path)
  await expect(async () => {
    await page.reload()
    await check()
  }).toPass({ timeout: 15_000 })
}

const episodeSubject = (number: number) => `episode-${seriesSlug}-${number}`

/** The heading that says how many reviews the view holds. */
const results = (page: Page) => page.locator('#reader-review-list')

async function structuredData(page: Page): Promise<Record<string, unknown>[]> {
  const scripts = await page.locator('script[type="application/ld+json"]').allTextContents()
  return scripts.flatMap((text) => JSON.parse(text))
}

/** What each reader review card on the page says: its rating, and helpful minus not helpful votes. */
async function cards(page: Page) {
  return page.locator('article[id^="reader-review-"]').evaluateAll((articles) =>
    articles.map((article) => {
      const text = article.textContent ?? ''
      // The vote buttons' labels: "Helpful (3)" and "Not helpful (1)".
      const helpful = Number(text.match(/Helpful\s*\((\d+)\)/)?.[1] ?? 0)
      const notHelpful = Number(text.match(/Not helpful\s*\((\d+)\)/)?.[1] ?? 0)
      return { id: article.id, rating: Number(text.match(/Rated (\d+)/)?.[1]), helpfulness: helpful - notHelpful }
    }),
  )
}

function isSorted(values: number[], direction: 'asc' | 'desc'): boolean {
  return values.every(
    (value, index) => index === 0 || (direction === 'asc' ? value >= values[index - 1] : value <= values[index - 1]),
  )
}

async function histogramRows(table: Locator) {
  return table
    .locator('tbody tr')
    .evaluateAll((rows) =>
      rows.map((row) => [
        row.querySelector('th')?.textContent ?? '',
        row.querySelector('td:last-child')?.textContent ?? '',
      ]),
    )
}

test('the series page shows the readers’ score, its histogram and the most helpful reviews', async ({ page }) => {
  await expirePagesOf(page, seriesSubject)
  const expected = await summaryOf(page, seriesSubject)
  expect(expected.shownAverage, 'the sample rates the series at least five times').not.toBeNull()
  const mostHelpful = (await listedIds(page, seriesSubject, 'sort=helpful')).ids.slice(0, 3)
  const section = page.getByRole('region', { name: 'Reader reviews' })
  const score = section.getByRole('region', { name: 'Audience score' })
  await untilFresh(page, `/series/${seriesSlug}`, async () => {
    await expect(score).toContainText(`${expected.shownAverage} out of 10, from ${expected.count} ratings`, {
      timeout: 1000,
    })
    expect((await cards(page)).map((card) => card.id)).toEqual(mostHelpful)
  })
  const table = score.getByRole('table', { name: 'How readers rated it' })
  await expect(table).toBeVisible()
  expect(await histogramRows(table)).toEqual(expected.rows)

  // Beside the critic's score too.
  const verdict = page.getByRole('region', { name: 'Our verdict' })
  await expect(verdict.getByText(`Readers: ${expected.shownAverage}`)).toBeVisible()

  const all = section.getByRole('link', { name: `All ${expected.count} reader reviews` })
  await expect(all).toHaveAttribute('href', allReviewsPath)

  const series = (await structuredData(page)).find((node) => node['@type'] === 'TVSeries')
  expect(series?.aggregateRating).toEqual({
    '@type': 'AggregateRating',
    ratingValue: expected.average,
    ratingCount: expected.count,
    bestRating: 10,
    worstRating: 1,
  })
  expect((series?.review as { '@type': string })['@type']).toBe('Review')
})

test('an episode with fewer than five ratings says so, shows the count and no average', async ({ page }) => {
  let number = 0
  let count = 0
  for (let candidate = 1; candidate <= 8 && !number; candidate++) {
    const summary = await summaryOf(page, episodeSubject(candidate))
    if (summary.count > 0 && summary.count < 5) [number, count] = [candidate, summary.count]
  }
  expect(number, 'an episode has one to four ratings').toBeGreaterThan(0)
  await expirePagesOf(page, episodeSubject(number))

  const score = page.getByRole('region', { name: 'Reader reviews' }).getByRole('region', { name: 'Audience score' })
  await untilFresh(page, `/series/${seriesSlug}/episodes/${number}`, () =>
    expect(score).toContainText(`${count} ${count === 1 ? 'rating' : 'ratings'} so far`, { timeout: 1000 }),
  )
  await expect(score).toContainText('Not enough ratings yet')
  await expect(score.getByRole('table')).toHaveCount(0)
  const episode = (await structuredData(page)).find((node) => node['@type'] === 'TVEpisode')
  expect(episode).toBeTruthy()
  expect(episode?.aggregateRating).toBeUndefined()
})

test.describe('the all-reviews page without JavaScript', () => {
  test.use({ javaScriptEnabled: false })

  test('sorts by most helpful first, then by the form: lowest, highest, newest, and filters by rating', async ({
    page,
  }) => {
    const expected = await summaryOf(page, seriesSubject)
    await page.goto(allReviewsPath)
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Reader reviews of Love in the Big City')
    await expect(page.getByRole('region', { name: 'Audience score' })).toContainText(`from ${expected.count} ratings`)
    // Other specs may have posted reviews: past 10, the heading names the range shown.
    const shown = Math.min(expected.count, 10)
    await expect(results(page)).toHaveText(
      `${shown < expected.count ? `1–${shown} of ` : ''}${expected.count} reader reviews`,
    )
    const helpfulFirst = await cards(page)
    expect(helpfulFirst.map((card) => card.id)).toEqual((await listedIds(page, seriesSubject, 'sort=helpful')).ids)
    expect(
      isSorted(
        helpfulFirst.map((card) => card.helpfulness),
        'desc',
      ),
    ).toBe(true)

    const sort = page.getByRole('combobox', { name: 'Sort by' })
    const show = page.getByRole('button', { name: 'Show reviews' })
    await sort.selectOption({ label: 'Lowest rating' })
    await show.click()
    await expect(page).toHaveURL(`${allReviewsPath}?sort=lowest`)
    await expect(sort).toHaveValue('lowest')
    const lowest = await cards(page)
    expect(lowest.map((card) => card.id)).toEqual((await listedIds(page, seriesSubject, 'sort=lowest')).ids)
    expect(
      isSorted(
        lowest.map((card) => card.rating),
        'asc',
      ),
    ).toBe(true)
    expect(lowest[0].rating).toBeLessThan(lowest.at(-1)!.rating)

    await sort.selectOption({ label: 'Highest rating' })
    await show.click()
    const highest = await cards(page)
    expect(highest.map((card) => card.id)).toEqual((await listedIds(page, seriesSubject, 'sort=highest')).ids)
    expect(
      isSorted(
        highest.map((card) => card.rating),
        'desc',
      ),
    ).toBe(true)

    await sort.selectOption({ label: 'Newest' })
    await show.click()
    expect((await cards(page)).map((card) => card.id)).toEqual(
      (await listedIds(page, seriesSubject, 'sort=newest')).ids,
    )

    // The most common rating, as a filter, keeps the chosen sort.
    const [rating, times] = expected.rows.toSorted((a, b) => Number(b[1]) - Number(a[1]))[0]
    await page.getByRole('combobox', { name: 'Rating' }).selectOption(rating)
    await show.click()
    await expect(page).toHaveURL(`${allReviewsPath}?sort=newest&rating=${rating}`)
    const filtered = await cards(page)
    expect(filtered.map((card) => card.rating)).toEqual(Array(Math.min(Number(times), 10)).fill(Number(rating)))
    expect(filtered.map((card) => card.id)).toEqual(
      (await listedIds(page, seriesSubject, `sort=newest&rating=${rating}`)).ids,
    )
    await expect(results(page)).toContainText(`rated ${rating}`)
  })

  test('sends odd addresses to the view they come nearest, and answers 404 for an unknown series or episode', async ({
    page,
  }) => {
    const expected = await summaryOf(page, seriesSubject)
    const odd = await page.goto(`${allReviewsPath}?sort=best&rating=11&page=zero`)
    expect(odd?.status()).toBe(200)
    await expect(page).toHaveURL(allReviewsPath)
    await expect(page.getByRole('combobox', { name: 'Sort by' })).toHaveValue('helpful')
    await expect(page.getByRole('combobox', { name: 'Rating' })).toHaveValue('')
    expect(await cards(page)).toHaveLength(Math.min(10, expected.count))

    const unrated = expected.rows.find(([, count]) => count === '0')
    expect(unrated, 'some rating from 1 to 10 has no reviews').toBeTruthy()
    const empty = await page.goto(`${allReviewsPath}?rating=${unrated![0]}`)
    expect(empty?.status()).toBe(200)
    await expect(results(page)).toHaveText(`No reader reviews rated ${unrated![0]}`)
    await page.getByRole('link', { name: 'Show reviews with every rating' }).click()
    await expect(page).toHaveURL(allReviewsPath)
    expect(await cards(page)).toHaveLength(Math.min(10, expected.count))

    for (const path of [
      '/series/no-such-series/reader-reviews',
      `/series/${seriesSlug}/episodes/99/reader-reviews`,
      `/series/${seriesSlug}/episodes/05/reader-reviews`,
    ]) {
      expect((await page.goto(path))?.status(), path).toBe(404)
    }
  })

  test('pages through links that keep the sort and the filter', async ({ page }) => {
    // Twelve reviews of an episode nobody has rated: two pages of ten. Fixed ids make the import
    // idempotent; they are taken down again at the end.
    let number = 0
    for (let candidate = 8; candidate >= 1 && !number; candidate--)
      if ((await summaryOf(page, episodeSubject(candidate))).count === 0) number = candidate
    expect(number, 'an episode has no ratings').toBeGreaterThan(0)
    const ids = Array.from({ length: 12 }, (_, index) => `e2e-paging-${String(index + 1).padStart(2, '0')}`)
    // The server's own file; whoever opens it first loads the sample, as the server does.
    const store = await openReactionStore({ sqliteFile: e2eReactionsFile }, { withSample: true })
    const stamp = (index: number) => new Date(Date.UTC(2025, 0, 1, 12, index)).toISOString()
    await store.importRecords(
      ids.map((id, index) => ({
        kind: 'readerReview' as const,
        id,
        subject: episodeSubject(number),
        rating: 9,
        title: `Paging review ${index + 1}`,
        body: 'A review written to fill a second page of reader reviews.',
        name: 'Tester',
        containsSpoilers: false,
        episodesWatched: null,
        status: 'published' as const,
        createdAt: stamp(index),
        updatedAt: stamp(index),
        readerId: 'e2e-reader',
        ipHash: null,
      })),
    )
    for (const id of ids) await store.setStatus(id, 'published')
    try {
      const base = `/series/${seriesSlug}/episodes/${number}/reader-reviews`
      await page.goto(`${base}?sort=newest&rating=9`)
      await expect(results(page)).toHaveText('1–10 of 12 reader reviews rated 9')
      expect((await cards(page)).map((card) => card.id)).toEqual(
        ids
          .toReversed()
          .slice(0, 10)
          .map((id) => `reader-review-${id}`),
      )
      const pagination = page.getByRole('navigation', { name: 'Pagination' })
      await pagination.getByRole('link', { name: 'Next' }).click()
      await expect(page).toHaveURL(`${base}?sort=newest&rating=9&page=2`)
      expect((await cards(page)).map((card) => card.id)).toEqual([
        'reader-review-e2e-paging-02',
        'reader-review-e2e-paging-01',
      ])
      await expect(pagination.getByRole('link', { name: 'Page 2' })).toHaveAttribute('aria-current', 'page')
      await pagination.getByRole('link', { name: 'Previous' }).click()
      await expect(page).toHaveURL(`${base}?sort=newest&rating=9`)

      // A page past the end is the last one.
      await page.goto(`${base}?page=40`)
      await expect(page).toHaveURL(`${base}?page=2`)
      await expect(results(page)).toHaveText('11–12 of 12 reader reviews')
    } finally {
      for (const id of ids) await store.setStatus(id, 'deleted')
      await store.close()
    }
  })
})

test('a spoiler-flagged review is folded, and locked by the spoiler shield of a reader who is not there yet', async ({
  browser,
}) => {
  const spoiler = sampleReviews.find((review) => review.subject === seriesSubject && review.containsSpoilers)!
  expect(spoiler, 'the sample has a spoiler-flagged series review').toBeTruthy()
  const revealsUpTo = spoiler.episodesWatched || 8
  const phrase = spoiler.body.split('\n\n')[1].slice(0, 60)

  const reader = await browser.newContext()
  const page = await reader.newPage()
  await page.goto(allReviewsPath)
  const card = page.locator(`#reader-review-${spoiler.id}`)
  const block = card.getByRole('group', { name: `Spoiler for episode ${revealsUpTo}` })
  await expect(card.getByText(phrase)).toBeHidden()
  await block.getByRole('button', { name: `Show spoiler for episode ${revealsUpTo}` }).click()
  await expect(card.getByText(phrase)).toBeVisible()
  await reader.close()

  const behind = await browser.newContext()
  await behind.addInitScript((key) => window.localStorage.setItem(key, '1'), `spoiler-shield:${seriesSlug}`)
  const shielded = await behind.newPage()
  for (const path of [allReviewsPath, `/series/${seriesSlug}`]) {
    await shielded.goto(path)
    const locked = shielded.locator(`#reader-review-${spoiler.id}`)
    if (path !== allReviewsPath && (await locked.count()) === 0) continue
    await expect(locked.getByRole('heading', { name: spoiler.title })).toHaveCount(0)
    await expect(locked.getByText(`Reveals episode ${revealsUpTo}: hidden by your spoiler shield.`)).toBeVisible()
    const button = locked.getByRole('group', { name: `Spoiler for episode ${revealsUpTo}` }).getByRole('button')
    await expect(button).toHaveAccessibleName(/Locked/)
    await button.click()
    await expect(locked.getByText(phrase)).toBeHidden()
    await expect(locked.getByText(/Hidden by your spoiler shield|This stays hidden/)).toBeVisible()
  }
  await behind.close()
})
