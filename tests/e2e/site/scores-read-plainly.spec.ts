import { expect, test, type Locator } from '@playwright/test'

// Scores explain themselves: the How we score page, links to it from every score widget, meters that
// tell close scores apart, and score text that screen readers hear as sentences.

test('How we score explains the scale and lists the bands from the site’s own bands', async ({ page, request }) => {
  const response = await page.goto('/how-we-score')
  expect(response?.status()).toBe(200)
  await expect(page).toHaveTitle(/^How we score/)
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', /\/how-we-score$/)
  await expect(page.getByRole('heading', { level: 1, name: 'How we score' })).toBeVisible()
  for (const name of ['The scale', 'The bands', 'Aspect scores', 'Episode scores and the series score'])
    await expect(page.getByRole('heading', { level: 2, name })).toBeVisible()

  const rows = page.getByRole('table', { name: 'Score bands, highest first' }).locator('tbody tr')
  const cells = await rows.evaluateAll((trs) =>
    trs.map((tr) => [tr.querySelector('th')?.textContent, tr.querySelector('td')?.textContent]),
  )
  expect(cells).toEqual([
    ['Must watch', '9.0 to 10.0'],
    ['Highly recommended', '8.0 to 8.9'],
    ['Recommended', '7.0 to 7.9'],
    ['Mixed', '5.0 to 6.9'],
    ['Skip', '0.0 to 4.9'],
  ])
  // Each band's example badge wears the colour a score in it gets everywhere else.
  await expect(rows.first().locator('.score-badge')).toHaveAttribute('data-band', 'must-watch')
  await expect(rows.last().locator('.score-badge')).toHaveAttribute('data-band', 'skip')

  const sitemap = await (await request.get('/sitemap.xml')).text()
  expect(sitemap).toMatch(/<loc>[^<]*\/how-we-score<\/loc>/)
})

test('every score widget links to How we score', async ({ page }) => {
  const howWeScore = (scope: Locator) => scope.getByRole('link', { name: 'How we score' })

  await page.goto('/series/love-in-the-big-city')
  const verdict = page.getByRole('region', { name: 'Our verdict' })
  await expect(howWeScore(verdict.getByRole('region', { name: 'Series score' }))).toHaveAttribute(
    'href',
    '/how-we-score',
  )
  await expect(howWeScore(verdict.getByRole('region', { name: 'How it scores' }))).toHaveAttribute(
    'href',
    '/how-we-score',
  )
  const chart = page.getByRole('figure', { name: 'Episode by episode' })
  await expect(howWeScore(chart)).toHaveAttribute('href', '/how-we-score')

  await page.goto('/series/love-in-the-big-city/episodes/5')
  await expect(howWeScore(page.getByRole('complementary', { name: 'Our review' }))).toHaveAttribute(
    'href',
    '/how-we-score',
  )

  await page.goto('/reviews/love-in-the-big-city-review')
  await expect(howWeScore(page.getByRole('region', { name: 'Aspect by aspect' }))).toHaveAttribute(
    'href',
    '/how-we-score',
  )
  await howWeScore(page.getByRole('region', { name: 'Our score' })).click()
  await expect(page).toHaveURL(/\/how-we-score$/)
  await expect(page.getByRole('heading', { level: 1, name: 'How we score' })).toBeVisible()
})

test('aspect meters state the score on 0 to 10 and draw close scores at visibly different lengths', async ({
  page,
}) => {
  await page.goto('/reviews/love-in-the-big-city-review')
  const aspects = page.getByRole('region', { name: 'Aspect by aspect' })
  const acting = aspects.getByRole('meter', { name: 'Acting' })
  const ending = aspects.getByRole('meter', { name: 'Ending' })
  for (const [meter, value] of [
    [acting, '9.6'],
    [ending, '8.9'],
  ] as const) {
    await expect(meter).toHaveAttribute('aria-valuemin', '0')
    await expect(meter).toHaveAttribute('aria-valuemax', '10')
    await expect(meter).toHaveAttribute('aria-valuenow', value)
    await expect(meter).toHaveAttribute('aria-valuetext', `${value} out of 10`)
  }
  await expect(aspects).toContainText('Bars run from 5 to 10')

  const track = (await acting.boundingBox())!
  const actingFill = (await acting.locator('.score-meter-fill').boundingBox())!
  const endingFill = (await ending.locator('.score-meter-fill').boundingBox())!
  // 9.6 and 8.9 on a bar from 5 to 10: 92 % and 78 % of the track, 14 % apart (0.7 apart on 0 to 10 is 7 %).
  expect(actingFill.width / track.width).toBeCloseTo(0.92, 2)
  expect(endingFill.width / track.width).toBeCloseTo(0.78, 2)
  expect(actingFill.width - endingFill.width).toBeGreaterThan(track.width * 0.12)
  // The band marks (7, 8, 9) sit on the track where those scores would end.
  const marks = await acting
    .locator('.score-meter-mark')
    .evaluateAll((spans) =>
      spans.map((span) => span.getBoundingClientRect().left + span.getBoundingClientRect().width / 2),
    )
  expect(marks.map((x) => Math.round(((x - track.x) / track.width) * 100))).toEqual([40, 60, 80])
})

test('scores in text and on cards are heard as sentences', async ({ page }) => {
  await page.goto('/reviews/love-in-the-big-city-review')
  // The editor's inline score in the body runs on as part of its sentence.
  const callout = page.locator('main .score-callout')
  await expect(callout).toHaveText('Acting scored 9.6 out of 10: Must watch')
  await expect(callout.locator('xpath=ancestor::p[1]')).toContainText(
    'It is the highest mark in this review Acting scored 9.6 out of 10: Must watch, and the supporting cast',
  )
  const scoreBox = page.getByRole('region', { name: 'Our score' })
  expect(await scoreBox.ariaSnapshot()).toContain('text: "Scored 9.3 out of 10: Must watch"')
  await expect(scoreBox).not.toContainText('%')

  await page.goto('/reviews')
  const episodeCard = page.getByRole('link', { name: /episode 5 review/ })
  await expect(episodeCard).toHaveAccessibleDescription('Episode review, by Theo Brandt, published 31 October 2024')
  const seriesCard = page.getByRole('link', { name: /a sentimental education in four loves/ })
  await expect(seriesCard).toHaveAccessibleDescription('Series review, by Mara Seo, published 8 November 2024')
  const card = page.getByRole('article').filter({ has: seriesCard })
  expect(await card.ariaSnapshot()).toContain('Scored 9.3 out of 10: Must watch')
})
