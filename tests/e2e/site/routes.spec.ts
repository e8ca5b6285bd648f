import { expect, test, type Locator, type Page } from '@playwright/test'

// Every reader route, rendered from the bundled dataset, shows what a reader came for.

async function open(page: Page, path: string) {
  const response = await page.goto(path)
  expect(response?.status(), `${path} status`).toBe(200)
  return page
}

function ageToday(birthDate: string): number {
  const [year, month, day] = birthDate.split('-').map(Number)
  const now = new Date()
  const hadBirthday = now.getUTCMonth() + 1 > month || (now.getUTCMonth() + 1 === month && now.getUTCDate() >= day)
  return now.getUTCFullYear() - year - (hadBirthday ? 0 : 1)
}

/** A score badge, found by the sentence screen readers hear from it ("Scored 9.3 out of 10: Must watch"). */
function scoreBadge(scope: Page | Locator, sentence: string | RegExp) {
  return scope.locator('.score-badge').filter({ hasText: sentence })
}

test('home: latest reviews, highest scores, series spotlight and latest news', async ({ page }) => {
  await open(page, '/')
  await expect(page).toHaveTitle(/Cold Open/)
  await expect(page.getByRole('heading', { level: 1, name: 'Cold Open' })).toBeVisible()
  const highestHeading = 'Highest-scored series reviews and first impressions'
  for (const name of ['Series spotlight', 'Latest reviews', highestHeading, 'Latest news']) {
    await expect(page.getByRole('heading', { level: 2, name })).toBeVisible()
  }
  const spotlight = page.getByRole('region', { name: 'Series spotlight' })
  await expect(spotlight.getByRole('link', { name: 'Love in the Big City', exact: true })).toHaveAttribute(
    'href',
    '/series/love-in-the-big-city',
  )
  await expect(scoreBadge(spotlight, 'Scored 9.3 out of 10: Must watch')).toBeVisible()
  const highest = page.getByRole('region', { name: highestHeading })
  const scores = (await highest.locator('.score-badge').allTextContents()).map((text) =>
    Number.parseFloat(/Scored ([\d.]+) out of 10/.exec(text)![1]),
  )
  expect(scores.length).toBeGreaterThan(0)
  expect(scores).toEqual(scores.toSorted((a, b) => b - a))
  // The heading says which reviews it ranks; each card's kicker says which kind it is.
  for (const kicker of await highest.locator('article .kicker').allTextContents())
    expect(kicker).toMatch(/^(Series review|First impressions)\b/)
  await expect(
    page.getByRole('region', { name: 'Latest news' }).getByRole('link', { name: /releases its main trailer/ }),
  ).toBeVisible()
})

test('series list links to every series with its score', async ({ page }) => {
  await open(page, '/series')
  await expect(page.getByRole('heading', { level: 1, name: 'Series' })).toBeVisible()
  await expect(page.getByRole('link', { name: 'Love in the Big City' })).toHaveAttribute(
    'href',
    '/series/love-in-the-big-city',
  )
  await expect(scoreBadge(page, 'Scored 9.3 out of 10: Must watch')).toBeVisible()
})

test('series overview: score, aspects, where to start, top cast, latest reviews, news and sources', async ({
  page,
}) => {
  await open(page, '/series/love-in-the-big-city')
  await expect(page).toHaveTitle(/Love in the Big City \(2024\)/)
  await expect(page.getByRole('heading', { level: 1, name: 'Love in the Big City' })).toBeVisible()
  await expect(page.getByText('대도시의 사랑법').first()).toHaveAttribute('lang', 'ko')
  await expect(page.getByText('South Korea, 2024')).toBeVisible()

  const verdict = page.getByRole('region', { name: 'Our verdict' })
  const seriesScore = verdict.getByRole('region', { name: 'Series score' })
  await expect(scoreBadge(seriesScore, 'Scored 9.3 out of 10: Must watch')).toBeVisible()
  await expect(seriesScore).not.toContainText('%')
  await expect(verdict.getByText('Must watch').first()).toBeVisible()
  await expect(verdict.getByRole('meter')).toHaveCount(6) // overall + five aspects
  await expect(verdict.getByRole('meter', { name: 'Acting' })).toHaveAttribute('aria-valuetext', '9.6 out of 10')
  await expect(verdict.getByRole('heading', { name: 'Score history' })).toBeVisible()

  const watching = page.getByRole('region', { name: 'Watching' })
  await expect(watching.getByRole('link', { name: 'Episode 1: The Photographer' })).toHaveAttribute(
    'href',
    '/series/love-in-the-big-city/episodes/1',
  )
  await expect(watching.getByRole('link', { name: /Episode guide: all 8 episodes/ })).toHaveAttribute(
    'href',
    '/series/love-in-the-big-city/episodes',
  )

  // The first six billed, each linked to their entry in the full cast, which is one link away.
  const cast = page.getByRole('region', { name: 'Top cast' })
  await expect(cast.getByRole('term')).toHaveCount(6)
  await expect(cast.getByRole('link', { name: 'Go Young', exact: true })).toHaveAttribute(
    'href',
    '/series/love-in-the-big-city/cast#character-go-young',
  )
  await expect(cast.getByRole('link', { name: 'Nam Yoon-su' })).toHaveAttribute('href', '/people/nam-yoon-su')
  await expect(cast.getByRole('link', { name: /Full cast and crew: all \d+ characters/ })).toHaveAttribute(
    'href',
    '/series/love-in-the-big-city/cast',
  )

  const reviews = page.getByRole('region', { name: 'Latest reviews' })
  await expect(reviews.getByRole('article')).toHaveCount(3)
  await expect(reviews.getByRole('link', { name: /All 11 reviews/ })).toHaveAttribute(
    'href',
    '/series/love-in-the-big-city/reviews',
  )
  const tabs = page.getByRole('navigation', { name: 'Series pages' })
  await expect(tabs.getByRole('link', { name: 'Overview' })).toHaveAttribute('aria-current', 'page')
  await expect(page.getByRole('region', { name: 'News' }).getByRole('link', { name: /main trailer/ })).toBeVisible()
  await expect(page.getByRole('region', { name: 'Based on' })).toContainText('Park Sang-young')
  await expect(page.getByRole('region', { name: 'Other adaptations' })).toContainText('Film, 2024')
  await expect(
    page.getByRole('region', { name: 'Elsewhere' }).getByRole('link', { name: 'Wikipedia' }),
  ).toHaveAttribute('href', /^https:\/\/en\.wikipedia\.org\//)
  const watchOn = page.getByRole('region', { name: 'Watch it on' })
  await expect(watchOn.getByRole('link', { name: 'TVING' })).toHaveAttribute('href', 'https://www.tving.com/')
  await expect(watchOn.getByRole('link', { name: 'Viki' })).toHaveAttribute('href', 'https://www.viki.com/')
})

test('series episode guide: every episode with teaser, director and score, then the arcs', async ({ page }) => {
  await open(page, '/series/love-in-the-big-city')
  await page.getByRole('navigation', { name: 'Series pages' }).getByRole('link', { name: 'Episodes' }).click()
  await expect(page).toHaveURL(/\/series\/love-in-the-big-city\/episodes$/)
  await expect(page).toHaveTitle('Episode guide: Love in the Big City (2024) · Cold Open')
  await expect(page.getByRole('heading', { level: 1, name: 'Episode guide' })).toBeVisible()
  const episodes = page.getByRole('region', { name: '8 episodes' })
  await expect(episodes.getByRole('listitem')).toHaveCount(8)
  const toolbox = episodes.getByRole('listitem').filter({ hasText: 'The Toolbox' })
  await expect(toolbox.getByRole('link', { name: 'The Toolbox' })).toHaveAttribute(
    'href',
    '/series/love-in-the-big-city/episodes/5',
  )
  await expect(scoreBadge(toolbox, /^Scored 9\.1 out of 10/)).toBeVisible()
  await expect(toolbox).toContainText('Directed by Hong Ji-young')
  await expect(toolbox).toContainText('Still grieving his mother')

  const arcs = page.getByRole('region', { name: 'Story arcs and their directors' })
  await expect(arcs.getByRole('listitem')).toHaveCount(4)
  for (const director of ['Son Tae-gyum', 'Hur Jin-ho', 'Hong Ji-young', 'Kim Se-in']) {
    await expect(arcs.getByRole('link', { name: director })).toBeVisible()
  }
})

test('series cast: every character with their actor and description, and the crew by episode', async ({ page }) => {
  await open(page, '/series/love-in-the-big-city/cast')
  await expect(page).toHaveTitle('Cast and crew of Love in the Big City (2024) · Cold Open')
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', /\/series\/love-in-the-big-city\/cast$/)
  const cast = page.getByRole('region', { name: 'Cast and characters' })
  await expect(cast.getByRole('term').filter({ hasText: /^Go Young$/ })).toHaveAttribute('id', 'character-go-young')
  await expect(cast.getByRole('link', { name: 'Nam Yoon-su' })).toHaveAttribute('href', '/people/nam-yoon-su')
  await expect(cast.getByRole('definition').first()).toContainText('Lead role')
  const crew = page.getByRole('region', { name: 'Crew' })
  await expect(crew.getByRole('definition').filter({ hasText: 'Son Tae-gyum' })).toContainText('Episodes 1–2')
  await expect(crew.getByRole('term').filter({ hasText: 'Written by' }).first()).toBeVisible()
})

test('a character named in a synopsis links to their entry in the cast', async ({ page }) => {
  await open(page, '/series/love-in-the-big-city/episodes/1')
  await page.getByRole('region', { name: 'Synopsis' }).getByRole('link', { name: 'Kim Nam-gyu' }).click()
  await expect(page).toHaveURL(/\/series\/love-in-the-big-city\/cast#character-kim-nam-gyu$/)
  // The page opens scrolled to the entry: the character's name, then who plays them.
  const entry = page.locator('#character-kim-nam-gyu')
  await expect(entry).toHaveText('Kim Nam-gyu')
  await expect(entry).toBeInViewport()
  await expect(entry.locator('xpath=following-sibling::dd[1]')).toContainText('Main role')
  // Opened directly, the address lands on the same entry.
  await page.goto('/series/love-in-the-big-city/cast#character-kim-nam-gyu')
  await expect(page.locator(':target')).toHaveText('Kim Nam-gyu')
  await expect(page.locator(':target')).toBeInViewport()
})

test('series reviews: every review of the series and of each episode, in episode order', async ({ page }) => {
  await open(page, '/series/love-in-the-big-city/reviews')
  await expect(page.getByRole('heading', { level: 1, name: 'Reviews' })).toBeVisible()
  const ofSeries = page.getByRole('region', { name: 'Of the series' }).getByRole('article')
  const ofEpisodes = page.getByRole('region', { name: 'Episode by episode' }).getByRole('article')
  expect((await ofSeries.count()) + (await ofEpisodes.count())).toBe(11)
  await expect(ofSeries.first()).toBeVisible()
  const kickers = await ofEpisodes.locator('.kicker').allTextContents()
  const numbers = kickers.map((kicker) => Number(/Episode (\d+)/.exec(kicker)?.[1]))
  expect(numbers.every(Number.isInteger)).toBe(true)
  expect(numbers).toEqual(numbers.toSorted((a, b) => a - b))
})

test('episode page: synopsis, guide, review and score, credits, dates, content notes and neighbours', async ({
  page,
}) => {
  await open(page, '/series/love-in-the-big-city/episodes/5')
  await expect(page.getByRole('heading', { level: 1, name: 'The Toolbox' })).toBeVisible()
  await expect(page.getByText('Episode 5 of 8')).toBeVisible()
  await expect(page.getByRole('link', { name: 'Hong Ji-young' }).first()).toHaveAttribute(
    'href',
    '/people/hong-ji-young',
  )
  await expect(page.getByText('21 October 2024').first()).toBeVisible()
  await expect(page.getByText('50 minutes')).toBeVisible()
  const notes = page.getByRole('region', { name: 'Content notes' })
  await expect(notes).toContainText('HIV')
  await expect(notes).toContainText('Grief and loss')
  await expect(page.getByRole('heading', { level: 2, name: 'Synopsis' })).toBeVisible()
  const guide = page.getByRole('region', { name: 'Episode guide' })
  await expect(guide.getByRole('heading', { level: 3 })).toHaveText([
    'Love as maintenance',
    'Mi-ae, married',
    'The disclosure',
  ])
  const review = page.getByRole('complementary', { name: 'Our review' })
  await expect(scoreBadge(review, 'Scored 9.1 out of 10: Must watch')).toBeVisible()
  await expect(review.getByRole('link', { name: /Read the review/ })).toHaveAttribute(
    'href',
    '/reviews/love-in-the-big-city-episode-5',
  )
  const neighbours = page.getByRole('navigation', { name: 'Episodes' })
  await expect(neighbours.getByRole('link', { name: /Previous: episode 4/ })).toHaveAttribute(
    'href',
    '/series/love-in-the-big-city/episodes/4',
  )
  await expect(neighbours.getByRole('link', { name: /Next: episode 6/ })).toHaveAttribute(
    'href',
    '/series/love-in-the-big-city/episodes/6',
  )
})

test('the first and last episodes link only inward', async ({ page }) => {
  await open(page, '/series/love-in-the-big-city/episodes/1')
  await expect(page.getByRole('navigation', { name: 'Episodes' }).getByRole('link')).toHaveCount(1)
  await expect(page.getByRole('link', { name: /Next: episode 2/ })).toBeVisible()
  await open(page, '/series/love-in-the-big-city/episodes/8')
  await expect(page.getByRole('navigation', { name: 'Episodes' }).getByRole('link')).toHaveCount(1)
  await expect(page.getByRole('link', { name: /Previous: episode 7/ })).toBeVisible()
})

test('reviews list shows every published review, newest first', async ({ page }) => {
  await open(page, '/reviews')
  const cards = page.getByRole('article')
  await expect(cards).toHaveCount(11)
  await expect(cards.first().getByRole('heading')).toHaveText(/a sentimental education in four loves/)
  await expect(page.getByText('second opinion')).toHaveCount(0)
})

test('review page: byline, dates, score box, aspects, verdict, pros and cons, body, note, corrections', async ({
  page,
}) => {
  await open(page, '/reviews/love-in-the-big-city-review')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/a sentimental education in four loves/)
  await expect(page.getByRole('link', { name: 'Mara Seo' })).toHaveAttribute('href', '/critics/mara-seo')
  await expect(page.getByText('Published 8 November 2024')).toBeVisible()
  await expect(page.getByText('Updated 12 November 2024')).toBeVisible()
  const header = page.locator('article > header')
  await expect(header.locator('.kicker')).toHaveText('Series review')
  await expect(header).toContainText('· Light spoilers')
  const scoreBox = page.getByRole('region', { name: 'Our score' })
  await expect(scoreBadge(scoreBox, 'Scored 9.3 out of 10: Must watch')).toBeVisible()
  await expect(scoreBox.getByRole('meter', { name: 'Overall score' })).toHaveAttribute(
    'aria-valuetext',
    '9.3 out of 10',
  )
  await expect(scoreBox).not.toContainText('%')
  await expect(scoreBox).toContainText('a finale of aching restraint')
  const aspects = page.getByRole('region', { name: 'Aspect by aspect' })
  await expect(aspects.getByRole('meter')).toHaveCount(5)
  await expect(aspects.getByRole('meter', { name: 'Ending' })).toHaveAttribute('aria-valuetext', '8.9 out of 10')
  const prosAndCons = page.getByRole('region', { name: 'Pros and cons' })
  await expect(prosAndCons).toContainText("Nam Yoon-su's layered, fearless lead performance")
  await expect(prosAndCons).toContainText('Abrupt time jumps between scenes')
  await expect(page.getByRole('button', { name: /Show spoiler for episode 4/ })).toHaveAttribute(
    'aria-expanded',
    'false',
  )
  await expect(page.getByRole('complementary', { name: 'Editor’s note' })).toContainText('covers all eight episodes')
  await expect(page.getByRole('region', { name: 'Corrections' })).toContainText('directed by Hur Jin-ho')
  const more = page.getByRole('region', { name: /More reviews/ })
  await expect(more.getByRole('article')).toHaveCount(2)
  await expect(
    more.getByRole('link', { name: 'All 11 reviews of Love in the Big City and its episodes' }),
  ).toHaveAttribute('href', '/series/love-in-the-big-city/reviews')
})

test('an episode review links back to its episode', async ({ page }) => {
  await open(page, '/reviews/love-in-the-big-city-episode-3')
  await expect(page.getByRole('link', { name: 'episode 3', exact: true })).toHaveAttribute(
    'href',
    '/series/love-in-the-big-city/episodes/3',
  )
  await expect(
    scoreBadge(page.getByRole('region', { name: 'Our score' }), 'Scored 8.7 out of 10: Highly recommended'),
  ).toBeVisible()
})

test('people list and a person page with native name, birth date, age, bio and roles', async ({ page }) => {
  await open(page, '/people')
  await expect(page.getByRole('link', { name: 'Nam Yoon-su' })).toHaveAttribute('href', '/people/nam-yoon-su')
  await expect(page.getByText('Go Young in Love in the Big City')).toBeVisible()
  // Writers get their credit line as directors do.
  const card = (name: string) => page.getByRole('article').filter({ has: page.getByRole('link', { name }) })
  await expect(card('Park Sang-young')).toContainText('Wrote 8 episodes')
  await expect(card('Hur Jin-ho')).toContainText('Directed 2 episodes')

  await open(page, '/people/nam-yoon-su')
  await expect(page.getByRole('heading', { level: 1, name: 'Nam Yoon-su' })).toBeVisible()
  await expect(page.getByText('남윤수')).toHaveAttribute('lang', 'ko')
  await expect(page.getByText(`14 July 1997 (age ${ageToday('1997-07-14')})`)).toBeVisible()
  await expect(page.getByRole('heading', { level: 2, name: 'Biography' })).toBeVisible()
  const credits = page.getByRole('region', { name: 'Roles and credits' })
  await expect(credits.getByRole('link', { name: 'Love in the Big City' })).toBeVisible()
  await expect(credits).toContainText('Go Young')
  await expect(credits).toContainText('lead role')
})

test('a director’s page lists the arc and the episodes they directed', async ({ page }) => {
  await open(page, '/people/hur-jin-ho')
  const credits = page.getByRole('region', { name: 'Roles and credits' })
  await expect(credits.getByRole('link', { name: /^Episode 3: / })).toHaveAttribute(
    'href',
    '/series/love-in-the-big-city/episodes/3',
  )
  await expect(credits.getByRole('link', { name: /^Episode 4: / })).toBeVisible()
  await expect(credits).toContainText('episodes 3–4')
})

test('critic page lists the critic’s reviews', async ({ page }) => {
  await open(page, '/critics/theo-brandt')
  await expect(page.getByRole('heading', { level: 1, name: 'Theo Brandt' })).toBeVisible()
  await expect(page.getByRole('region', { name: 'Reviews by Theo Brandt' }).getByRole('article')).toHaveCount(8)
})

test('news list and article', async ({ page }) => {
  await open(page, '/news')
  await page.getByRole('link', { name: /releases its main trailer/ }).click()
  await expect(page).toHaveURL(/\/news\/trailer-released$/)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/releases its main trailer/)
  await expect(page.getByRole('article').getByText('18 October 2024').first()).toBeVisible()
  await expect(page.getByRole('link', { name: 'Everything on Love in the Big City' })).toHaveAttribute(
    'href',
    '/series/love-in-the-big-city',
  )
})

test('pages have their own titles and descriptions', async ({ page }) => {
  await open(page, '/series/love-in-the-big-city/episodes/2')
  await expect(page).toHaveTitle('Love in the Big City, episode 2: The Wedding Song · Cold Open')
  await expect(page.locator('meta[name="description"]')).toHaveAttribute('content', /.{20,}/)
  await open(page, '/people/kwon-hyuk')
  await expect(page).toHaveTitle('Kwon Hyuk · Cold Open')
})

test('a cast member with no announced role is in the cast, and their page lists the series', async ({ page }) => {
  await open(page, '/series/love-in-the-big-city/cast')
  const cast = page.getByRole('region', { name: 'Cast and characters' })
  const credit = cast.getByRole('definition').filter({ has: page.getByRole('link', { name: 'Lee Se-hee' }) })
  await expect(credit).toHaveCount(1)
  await expect(cast.getByRole('term').filter({ hasText: 'Role not announced' })).toHaveCount(1)

  await cast.getByRole('link', { name: 'Lee Se-hee' }).click()
  await expect(page).toHaveURL(/\/people\/lee-se-hee$/)
  const credits = page.getByRole('region', { name: 'Roles and credits' })
  await expect(credits.getByRole('link', { name: 'Love in the Big City' })).toHaveAttribute(
    'href',
    '/series/love-in-the-big-city',
  )
  await expect(credits).toContainText('Role not announced')
})
