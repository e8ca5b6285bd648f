import { readFileSync, writeFileSync } from 'node:fs'
import { expect, test } from '@playwright/test'
import { signedWebhookRequest } from '../../lib/revalidation/signed-webhook'
import { e2eDatasetFile, e2ePreviewSecret, e2eRevalidateSecret } from './runtime'

test.describe('the /search page without JavaScript', () => {
  test.use({ javaScriptEnabled: false })

  test('renders grouped results on the server, with its own title and noindex', async ({ page }) => {
    const response = await page.goto(`/search?q=${encodeURIComponent('남윤수')}`)
    expect(response?.status()).toBe(200)
    await expect(page).toHaveTitle(/^Search: 남윤수/)
    await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', /noindex/)
    const results = page.getByRole('region', { name: /1 result for “남윤수”/ })
    await expect(results.getByRole('heading', { name: 'People (1)' })).toBeVisible()
    await expect(results.getByRole('link', { name: 'Nam Yoon-su' })).toHaveAttribute('href', '/people/nam-yoon-su')
    await expect(results.getByText('남윤수 · Actor · Love in the Big City')).toBeVisible()
  })

  test('searches from its own form, in any romanization, and shows scores', async ({ page }) => {
    await page.goto('/search')
    await expect(page).toHaveTitle(/^Search/)
    // An empty search suggests searches that find something.
    await expect(page.getByRole('link', { name: 'Love in the Big City' }).first()).toBeVisible()
    const box = page.getByRole('searchbox', { name: /Search series, episodes, people/ })
    await box.fill('Photographr')
    await box.press('Enter')
    await expect(page).toHaveURL(/\/search\?q=Photographr$/)
    const results = page.getByRole('region', { name: /result/ })
    await expect(results.getByRole('heading', { name: 'Episodes (1)' })).toBeVisible()
    await expect(results.getByRole('link', { name: 'The Photographer' })).toHaveAttribute(
      'href',
      '/series/love-in-the-big-city/episodes/1',
    )
    await expect(results.locator('.score-badge').filter({ hasText: /^Scored 9\.0 out of 10/ })).toBeVisible()
  })

  test('says when nothing matches, offers what matches some words, and explains a bad query', async ({ page }) => {
    await page.goto(`/search?q=${encodeURIComponent('Nam Yoon-su photographer')}`)
    await expect(
      page.getByRole('heading', { name: 'Nothing matches every word of “Nam Yoon-su photographer”' }),
    ).toBeVisible()
    await expect(page.getByRole('link', { name: 'Nam Yoon-su' })).toBeVisible()
    await page.goto('/search?q=zzzzqqq')
    await expect(page.getByText('Check the spelling, use fewer words, or type the name in Hangul.')).toBeVisible()
    await expect(page.getByRole('link', { name: 'every series' })).toBeVisible()
    await page.goto(`/search?q=${'a'.repeat(201)}`)
    await expect(page.getByRole('alert')).toContainText('at most 200 characters')
  })
})

test('the API answers JSON and refuses bad input with 400', async ({ request }) => {
  const found = await request.get(`/api/search?q=${encodeURIComponent('Nam Yoonsu')}&limit=5`)
  expect(found.status()).toBe(200)
  expect(await found.json()).toMatchObject({
    query: 'Nam Yoonsu',
    total: 1,
    results: [{ type: 'person', title: 'Nam Yoon-su', url: '/people/nam-yoon-su' }],
  })
  for (const bad of ['', 'q=nam&type=studio', 'q=nam&limit=500', `q=${'x'.repeat(201)}`]) {
    const refused = await request.get(`/api/search?${bad}`)
    expect(refused.status(), bad).toBe(400)
    expect((await refused.json()).error, bad).toEqual(expect.any(String))
  }
})

test('drafts are found only in draft mode', async ({ page }) => {
  const draftTitle = 'Love in the Big City episode 4: a second opinion'
  await page.goto('/search?q=second+opinion')
  await expect(page.getByRole('link', { name: draftTitle })).toHaveCount(0)
  await page.goto(
    `/api/draft-mode/enable?secret=${e2ePreviewSecret}&redirect=${encodeURIComponent('/search?q=second+opinion')}`,
  )
  await expect(page.getByRole('link', { name: draftTitle })).toBeVisible()
  await page.goto('/api/draft-mode/disable')
  await page.goto('/search?q=second+opinion')
  await expect(page.getByRole('link', { name: draftTitle })).toHaveCount(0)
})

test('a signed webhook puts a published edit into search at once', async ({ request }) => {
  const id = 'person-kwon-hyuk'
  const original = readFileSync(e2eDatasetFile, 'utf8')
  const alias = `Hyukkie${Date.now() % 100_000}`
  const lines = original.split('\n')
  const index = lines.findIndex((line) => line.includes(`"_id":"${id}"`))
  const person = JSON.parse(lines[index])
  lines[index] = JSON.stringify({ ...person, aliases: [...(person.aliases ?? []), alias] })
  try {
    const before = await request.get(`/api/search?q=${alias}`)
    expect((await before.json()).total).toBe(0)
    writeFileSync(e2eDatasetFile, lines.join('\n'))
    // The index is kept: an edit nobody announced is not searched yet.
    expect((await (await request.get(`/api/search?q=${alias}`)).json()).total).toBe(0)
    const change = { _id: id, _type: 'person', slug: 'kwon-hyuk', operation: 'update', listingChanged: false } as const
    const signed = await signedWebhookRequest(change, e2eRevalidateSecret)
    expect((await request.post('/api/revalidate', { headers: signed.headers, data: signed.body })).status()).toBe(200)
    const after = await (await request.get(`/api/search?q=${alias}`)).json()
    expect(after.results[0]).toMatchObject({ type: 'person', title: 'Kwon Hyuk' })
  } finally {
    writeFileSync(e2eDatasetFile, original)
    const change = { _id: id, _type: 'person', slug: 'kwon-hyuk' }
    const signed = await signedWebhookRequest(change, e2eRevalidateSecret)
    await request.post('/api/revalidate', { headers: signed.headers, data: signed.body })
  }
})
