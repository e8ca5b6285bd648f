/**
 * Moderators at /moderation, in Chromium against `next start` with MODERATION_SECRET set
 * (playwright.config.ts) and the sample reactions in a new database each run: signing in, the
 * queues, hiding and restoring an item with plain forms, the API with its CSRF token, and the
 * sign-in's rate limit. Every item acted on is left as it was found, for the other specs.
 */
import { type BrowserContext, expect, type Page, test } from '@playwright/test'

import { e2eModerationSecret } from './runtime'

const MODERATOR = 'Mina (e2e moderator)'
/** The sample's reader review held for a word on the held-terms list. */
const HELD_REVIEW = 'sample-review-held-01'
const SIGN_IN_ATTEMPTS_ALLOWED = 10

async function signIn(page: Page, secret = e2eModerationSecret) {
  await page.goto('/moderation')
  await page.getByLabel('Your name').fill(MODERATOR)
  await page.getByLabel('Moderation secret').fill(secret)
  await page.getByRole('button', { name: 'Sign in' }).click()
}

async function moderatorCookie(context: BrowserContext) {
  return (await context.cookies()).find((cookie) => cookie.name === 'moderator')
}

/** The sign-in form's own refusal (Next's route announcer is an alert too). */
function signInError(page: Page) {
  return page.getByRole('form', { name: 'Sign in' }).getByRole('alert')
}

function queueItems(page: Page) {
  return page.getByRole('region').getByRole('listitem')
}

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false })

  test('a moderator signs in, sees the queues, hides a published item and restores it', async ({ page, context }) => {
    await signIn(page)
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Moderation queue')
    await expect(page.getByText(`Signed in as ${MODERATOR}`)).toBeVisible()
    const cookie = await moderatorCookie(context)
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Strict', path: '/' })
    expect(cookie!.expires * 1000 - Date.now()).toBeGreaterThan(8 * 3600_000 - 60_000)
    expect(cookie!.expires * 1000 - Date.now()).toBeLessThanOrEqual(8 * 3600_000)

    // Pending first: the sample holds a comment and a reader review for a moderator.
    const queues = page.getByRole('navigation', { name: 'Queues' })
    await expect(queues.getByRole('link', { name: 'Pending' })).toHaveAttribute('aria-current', 'page')
    await expect(queueItems(page)).not.toHaveCount(0)
    await expect(queueItems(page).first()).toContainText('pending')

    await queues.getByRole('link', { name: 'Recently published' }).click()
    await expect(queues.getByRole('link', { name: 'Recently published' })).toHaveAttribute('aria-current', 'page')
    const first = queueItems(page).first()
    await expect(first).toContainText('published')
    await first.getByRole('link').click()
    await expect(page).toHaveURL(/\/moderation\/items\/[^/]+$/)
    const status = page.getByTestId('item-status')
    await expect(status).toHaveText('published')
    await expect(page.getByRole('link', { name: /^Where readers see it/ })).toBeVisible()

    const decide = page.getByRole('form', { name: 'Decide' })
    await decide.getByLabel('Note for the history (optional)').fill('checking the hide button')
    await decide.getByRole('button', { name: 'Hide' }).click()
    await expect(status).toHaveText('hidden')
    const history = page.getByRole('table')
    await expect(history.getByRole('row').filter({ hasText: 'hide' })).toContainText(MODERATOR)
    await expect(history.getByRole('row').filter({ hasText: 'hide' })).toContainText('checking the hide button')

    await page.getByRole('form', { name: 'Decide' }).getByRole('button', { name: 'Restore' }).click()
    await expect(status).toHaveText('published')
    await expect(history.getByRole('row').filter({ hasText: 'restore' })).toContainText(MODERATOR)

    await page.getByRole('button', { name: 'Sign out' }).click()
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Moderators’ sign-in')
    expect(await moderatorCookie(context)).toBeUndefined()
  })

  test('a moderator edits out a spoiler, blocks an author and ends the block, and edits the held terms', async ({
    page,
    context,
  }) => {
    await signIn(page)
    await page.goto(`/moderation/items/${HELD_REVIEW}`)
    const status = page.getByTestId('item-status')
    await expect(status).toHaveText('pending')
    const history = page.getByRole('table')

    const edit = page.getByRole('form', { name: 'Edit' })
    const title = await edit.getByLabel('Title').inputValue()
    await edit.getByLabel('Title').fill(`${title} (edited)`)
    await edit.getByLabel('Contains spoilers (folded)').check()
    await edit.getByLabel('Note for the history').fill('edit out a spoiler')
    await edit.getByRole('button', { name: 'Save the edit' }).click()
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(`${title} (edited)`)
    await expect(page.getByText('marked as a spoiler')).toBeVisible()
    await expect(status).toHaveText('pending')
    await expect(history.getByRole('row').filter({ hasText: 'edit out a spoiler' })).toContainText(MODERATOR)
    // Put back as it was, for the other specs.
    await page.getByRole('form', { name: 'Edit' }).getByLabel('Title').fill(title)
    await page.getByRole('form', { name: 'Edit' }).getByLabel('Contains spoilers (folded)').uncheck()
    await page.getByRole('form', { name: 'Edit' }).getByRole('button', { name: 'Save the edit' }).click()
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(title)

    const block = page.getByRole('form', { name: 'Block the author' })
    await block.getByLabel('Days (1 to 365)').fill('3')
    await block.getByLabel('Reason').fill('abusive review')
    await block.getByRole('button', { name: 'Block the author' }).click()
    await expect(history.getByRole('row').filter({ hasText: 'block' })).toContainText('For 3 days: abusive review')

    await page.getByRole('navigation', { name: 'Moderation' }).getByRole('link', { name: 'Blocks' }).click()
    const blocks = page.getByRole('listitem').filter({ hasText: 'abusive review' })
    await expect(blocks).toHaveCount(1)
    await expect(blocks).toContainText(MODERATOR)
    await blocks.getByRole('button', { name: 'End the block' }).click()
    await expect(page.getByText('abusive review')).toHaveCount(0)

    await page.getByRole('navigation', { name: 'Moderation' }).getByRole('link', { name: 'Held terms' }).click()
    const terms = page.getByLabel('One term a line')
    const original = await terms.inputValue()
    await terms.fill(`${original}\nspoiler-free-streams`)
    await page.getByRole('button', { name: 'Save the terms' }).click()
    await expect(page.getByRole('status')).toHaveText('Saved.')
    await expect(page.getByLabel('One term a line')).toHaveValue(/(^|\n)spoiler-free-streams(\n|$)/)
    await page.getByLabel('One term a line').fill(original)
    await page.getByRole('button', { name: 'Save the terms' }).click()
    await expect(page.getByLabel('One term a line')).toHaveValue(original)

    await page.getByRole('button', { name: 'Sign out' }).click()
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Moderators’ sign-in')
    expect(await moderatorCookie(context)).toBeUndefined()
  })
})

test('the API answers a signed-in moderator with no reader ids or IP hashes, and writes need the CSRF token', async ({
  page,
}) => {
  await signIn(page)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Moderation queue')
  const api = page.request

  const queue = await api.get('/api/moderation/queue?view=recent')
  expect(queue.status()).toBe(200)
  const csrf = queue.headers()['x-csrf-token']
  expect(csrf).toBeTruthy()
  const { items } = (await queue.json()) as { items: { id: string; status: string }[] }
  expect(items.length).toBeGreaterThan(0)
  const { id } = items[0]

  const item = await api.get(`/api/moderation/items/${encodeURIComponent(id)}`)
  expect(item.status()).toBe(200)
  for (const body of [await queue.text(), await item.text()]) {
    expect(body).not.toMatch(/readerId|ipHash|reader_id|ip_hash/i)
  }

  const actions = `/api/moderation/items/${encodeURIComponent(id)}/actions`
  const withoutToken = await api.post(actions, { data: { action: 'hide' } })
  expect(withoutToken.status()).toBe(403)
  const badToken = await api.post(actions, { data: { action: 'hide' }, headers: { 'x-csrf-token': `${csrf}x` } })
  expect(badToken.status()).toBe(403)
  const crossSite = await api.post(actions, {
    data: { action: 'hide' },
    headers: { 'x-csrf-token': csrf, origin: 'https://elsewhere.example' },
  })
  expect(crossSite.status()).toBe(403)
  expect((await (await api.get(`/api/moderation/items/${encodeURIComponent(id)}`)).json()).item.status).toBe(
    'published',
  )

  const hidden = await api.post(actions, {
    data: { action: 'hide', note: 'via the API' },
    headers: { 'x-csrf-token': csrf },
  })
  expect(hidden.status()).toBe(200)
  expect((await hidden.json()).status).toBe('hidden')
  const restored = await api.post(actions, { data: { action: 'restore' }, headers: { 'x-csrf-token': csrf } })
  expect((await restored.json()).status).toBe('published')
})

test('a hidden reader review leaves the cached page readers see within seconds, and comes back when restored', async ({
  page,
  request,
}) => {
  // The finale's only reader review, shown on the episode's cached page.
  const review = { id: 'sample-review-29', title: 'Rain in Bangkok' }
  const episodePage = '/series/love-in-the-big-city/episodes/8'
  const shown = async () => (await (await request.get(episodePage)).text()).includes(review.title)
  expect(await shown()).toBe(true)

  await signIn(page)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Moderation queue')
  const csrf = (await page.request.get('/api/moderation/queue')).headers()['x-csrf-token']
  const act = (action: string) =>
    page.request.post(`/api/moderation/items/${review.id}/actions`, {
      data: { action },
      headers: { 'x-csrf-token': csrf },
    })

  expect((await act('hide')).status()).toBe(200)
  // The first read after the tag expires may still get the stale page while it regenerates.
  await expect.poll(shown, { timeout: 5_000, intervals: [100, 250, 500] }).toBe(false)
  expect((await act('restore')).status()).toBe(200)
  await expect.poll(shown, { timeout: 5_000, intervals: [100, 250, 500] }).toBe(true)
})

test.describe('from one address guessing the secret', () => {
  // Its own address (the last X-Forwarded-For entry), so the limit it reaches holds no one else back.
  test.use({ extraHTTPHeaders: { 'X-Forwarded-For': `203.0.113.${Math.floor(Math.random() * 250) + 1}` } })

  test('sign-in stops with a clear error after too many wrong secrets, even for the right one', async ({
    page,
    context,
  }) => {
    for (let attempt = 1; attempt <= SIGN_IN_ATTEMPTS_ALLOWED; attempt++) {
      await signIn(page, `wrong-secret-${attempt}-0123456789`)
      await expect(signInError(page)).toHaveText(/not the moderation secret/)
    }
    await signIn(page, `wrong-secret-again-0123456789`)
    await expect(signInError(page)).toHaveText(/too many/i)
    await expect(signInError(page)).toHaveText(/try again in \d+ (seconds|minutes)/i)

    await signIn(page)
    await expect(signInError(page)).toHaveText(/too many/i)
    expect(await moderatorCookie(context)).toBeUndefined()
  })
})

test('/moderation may be framed by the Studio on this origin, and by no one else', async ({ request }) => {
  const response = await request.get('/moderation')
  const policy = response.headers()['content-security-policy']
  expect(policy).toMatch(/(^|;\s*)frame-ancestors 'self'(;|$)/)
  expect(response.headers()['x-frame-options']).toBeUndefined()
})
