import { readFileSync, writeFileSync } from 'node:fs'
import { createServer, type Server } from 'node:http'
import { type APIRequestContext, type APIResponse, expect, test } from '@playwright/test'
import { signedWebhookRequest } from '../../lib/revalidation/signed-webhook'
import { e2eDatasetFile, e2ePreviewSecret, e2eRevalidateSecret } from './runtime'

// Against `next start`: the embeds as another site gets them. The site answers on 127.0.0.1; the
// "other site" is a node:http server on the next port, on localhost: another origin on both counts.

const sitePort = Number(process.env.E2E_PORT ?? 3210)
const otherPort = sitePort + 1
const otherOrigin = `http://localhost:${otherPort}`
const seriesReview = 'love-in-the-big-city-review'
const draftOnly = 'love-in-the-big-city-episode-4-second-opinion'

let otherSite: Server
let otherPage = ''

test.beforeAll(async () => {
  otherSite = createServer((_request, response) => {
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' })
    response.end(otherPage)
  })
  await new Promise<void>((resolve) => otherSite.listen(otherPort, 'localhost', resolve))
})

test.afterAll(async () => {
  await new Promise((resolve) => otherSite.close(resolve))
})

test.describe.configure({ mode: 'serial' })

function policyOf(response: APIResponse): Map<string, string> {
  const headers = response.headersArray().filter(({ name }) => name.toLowerCase() === 'content-security-policy')
  expect(headers, 'exactly one Content-Security-Policy header').toHaveLength(1)
  return new Map(
    headers[0].value.split(';').map((directive) => {
      const [name, ...values] = directive.trim().split(/\s+/)
      return [name, values.join(' ')] as const
    }),
  )
}

/** The site's own origin as the server knows it: what review page URLs and oEmbed answers carry. */
async function pageUrlOf(request: APIRequestContext, slug: string): Promise<string> {
  const html = await (await request.get(`/reviews/${slug}`)).text()
  return html.match(/<link rel="canonical" href="([^"]+)"/)![1]
}

test('only the card may be framed by other sites; everything else keeps the site policy', async ({ request }) => {
  const site = policyOf(await request.get(`/reviews/${seriesReview}`))
  const card = policyOf(await request.get(`/embed/review/${seriesReview}`))
  expect(card.get('frame-ancestors')).toBe('*')
  expect(card.get('script-src')).toBe("'none'")
  const differing = [...site.keys()].filter((name) => site.get(name) !== card.get(name))
  expect(differing.toSorted()).toEqual(['frame-ancestors', 'script-src'])

  for (const path of [
    `/embed/badge/${seriesReview}.svg`,
    `/embed/badge/${seriesReview}.svg?theme=dark`,
    `/api/oembed?url=${encodeURIComponent(await pageUrlOf(request, seriesReview))}`,
    '/',
    '/embed/review',
  ]) {
    expect(policyOf(await request.get(path)), path).toEqual(site)
  }
})

test('the card is a small static document: under 15 kB, no script, cached like a page', async ({ request }) => {
  const first = await request.get(`/embed/review/${seriesReview}`)
  expect(first.status()).toBe(200)
  const bytes = (await first.body()).byteLength
  test.info().annotations.push({ type: 'card bytes', description: String(bytes) })
  expect(bytes).toBeLessThan(15 * 1024)
  expect(await first.text()).not.toMatch(/<script|_next\//)
  for (const path of [`/embed/review/${seriesReview}`, `/embed/badge/${seriesReview}.svg`]) {
    const response = await request.get(path)
    expect(response.headers()['x-nextjs-cache'], path).toMatch(/HIT|STALE/)
    expect(response.headers()['cache-control'], path).toMatch(/s-maxage/)
  }
})

test('another origin frames the card from its oEmbed answer and shows the badge; a site page stays unframed', async ({
  page,
  request,
}) => {
  const pageUrl = await pageUrlOf(request, seriesReview)
  const narrow = await (await request.get(`/api/oembed?url=${encodeURIComponent(pageUrl)}&maxwidth=260`)).json()
  const wide = await (await request.get(`/api/oembed?url=${encodeURIComponent(pageUrl)}&format=json`)).json()
  // The answers name the site's configured URL; this server answers on its own port.
  const here = (html: string) => html.replaceAll(new URL(pageUrl).origin, `http://127.0.0.1:${sitePort}`)
  otherPage = `<!doctype html><html lang="en"><title>A fan wiki</title><body>
    <div id="wide">${here(wide.html)}</div>
    <div id="narrow">${here(narrow.html)}</div>
    <img id="badge" alt="" src="http://127.0.0.1:${sitePort}/embed/badge/${seriesReview}.svg?theme=dark">
    <iframe id="site" title="the review page" src="http://127.0.0.1:${sitePort}/reviews/${seriesReview}"></iframe>
  </body></html>`

  await page.goto(otherOrigin)

  for (const [id, answer] of [
    ['wide', wide],
    ['narrow', narrow],
  ] as const) {
    const frame = page.frameLocator(`#${id} iframe`)
    await expect(frame.getByRole('img', { name: '9.3 out of 10' })).toBeVisible()
    await expect(frame.getByRole('heading', { level: 1 })).toHaveText(/Love in the Big City review/)
    await expect(frame.getByRole('meter')).toHaveCount(5)
    await expect(frame.getByRole('link', { name: 'Read the full review' })).toHaveAttribute('href', pageUrl)
    // The height the answer promises shows the whole card, at the widest and the narrowest width.
    const box = await page.locator(`#${id} iframe`).boundingBox()
    expect(box?.width).toBe(answer.width)
    const contentHeight = await frame.locator('html').evaluate((html) => html.scrollHeight)
    expect(contentHeight, `${id} card fits its ${answer.height}px`).toBeLessThanOrEqual(answer.height)
    expect(answer.height - contentHeight, `${id} card has little slack`).toBeLessThan(60)
  }

  // The thumbnail is the review page's own share image.
  const pageHtml = await (await request.get(`/reviews/${seriesReview}`)).text()
  const ogImage = pageHtml.match(/<meta property="og:image" content="([^"]+)"/)![1]
  expect(wide.thumbnail_url).toBe(ogImage.replace(/\?.*$/, ''))
  const thumbnail = await request.get(new URL(wide.thumbnail_url).pathname)
  expect(thumbnail.status()).toBe(200)
  expect(thumbnail.headers()['content-type']).toBe('image/png')

  const badgeWidth = await page.locator('#badge').evaluate((image: HTMLImageElement) => image.naturalWidth)
  expect(badgeWidth).toBe(320)
  // Chromium replaces a frame its policy refuses with an error page.
  const siteFrame = async () => (await page.locator('#site').elementHandle())!.contentFrame()
  await expect.poll(async () => (await siteFrame())?.url()).toBe('chrome-error://chromewebdata/')
  await expect(page.frameLocator('#site').getByRole('heading', { level: 1 })).toHaveCount(0)
})

test('a signed webhook refreshes the badge, in both themes, and the card', async ({ request }) => {
  const slug = 'love-in-the-big-city-episode-6'
  const id = 'review-love-in-the-big-city-episode-6'
  const original = readFileSync(e2eDatasetFile, 'utf8')
  const lines = original.split('\n')
  const index = lines.findIndex((line) => line.includes(`"_id":"${id}"`))
  const document = JSON.parse(lines[index])
  expect(document.score).toBe(9.2)

  const badgeScore = async () =>
    (await (await request.get(`/embed/badge/${slug}.svg`)).text()).match(/data-score="([\d.]+)"/)?.[1]
  const cardScore = async () =>
    (await (await request.get(`/embed/review/${slug}`)).text()).match(/aria-label="([\d.]+) out of 10"/)?.[1]
  const change = { _id: id, _type: 'review', slug, operation: 'update', listingChanged: true } as const
  const sendWebhook = async () => {
    const signed = await signedWebhookRequest(change, e2eRevalidateSecret)
    expect((await request.post('/api/revalidate', { headers: signed.headers, data: signed.body })).status()).toBe(200)
  }

  try {
    await sendWebhook()
    await expect.poll(badgeScore).toBe('9.2')
    await expect.poll(cardScore).toBe('9.2')

    lines[index] = JSON.stringify({ ...document, score: 5.5 })
    writeFileSync(e2eDatasetFile, lines.join('\n'))
    // Cached: nothing changes until the webhook says so.
    expect(await badgeScore()).toBe('9.2')
    expect(await cardScore()).toBe('9.2')

    await sendWebhook()
    await expect.poll(badgeScore, { timeout: 10_000 }).toBe('5.5')
    await expect.poll(cardScore, { timeout: 10_000 }).toBe('5.5')
    const darkBadge = async () => (await request.get(`/embed/badge/${slug}.svg?theme=dark`)).text()
    await expect.poll(darkBadge, { timeout: 10_000 }).toContain('data-band="mixed"')
  } finally {
    writeFileSync(e2eDatasetFile, original)
    await sendWebhook()
  }
  await expect.poll(badgeScore, { timeout: 10_000 }).toBe('9.2')
})

test('in draft mode embeds show the published review; a draft-only review has none', async ({ request }) => {
  const draftVerdict = JSON.parse(
    readFileSync(e2eDatasetFile, 'utf8')
      .split('\n')
      .find((line) => line.includes(`"_id":"drafts.review-${seriesReview}"`))!,
  ).verdict as string
  const enabled = await request.get(`/api/draft-mode/enable?secret=${e2ePreviewSecret}&redirect=/`)
  expect(enabled.status()).toBe(200)
  try {
    // The page shows the draft: the embeds must not.
    expect(await (await request.get(`/reviews/${seriesReview}`)).text()).toContain(draftVerdict.slice(0, 40))
    const card = await request.get(`/embed/review/${seriesReview}`)
    expect(card.status()).toBe(200)
    expect(await card.text()).not.toContain(draftVerdict.slice(0, 40))
    expect(policyOf(card).get('frame-ancestors')).toBe('*')

    const draftPageUrl = (await pageUrlOf(request, seriesReview)).replace(seriesReview, draftOnly)
    for (const path of [
      `/embed/review/${draftOnly}`,
      `/embed/badge/${draftOnly}.svg`,
      `/api/oembed?url=${encodeURIComponent(draftPageUrl)}`,
    ]) {
      expect((await request.get(path)).status(), path).toBe(404)
    }
  } finally {
    await request.get('/api/draft-mode/disable')
  }
})

test('hostile addresses get a clear 4xx', async ({ request }) => {
  const theme = await request.get(`/embed/badge/${seriesReview}.svg?theme=%22%3E%3Cscript%3E`)
  expect(theme.status()).toBe(400)
  expect(await theme.text()).toMatch(/theme must be light or dark/)
  const slug = await request.get('/embed/review/%22%3E%3Cscript%3Ealert(1)%3C%2Fscript%3E')
  expect(slug.status()).toBe(400)
  expect(await slug.text()).not.toContain('<script>')
  expect((await request.get('/api/oembed?url=javascript:alert(1)')).status()).toBe(404)
  expect((await request.get('/api/oembed?url=https%3A%2F%2Fevil.example%2Freviews%2Fx')).status()).toBe(404)
})

test('"Embed this score" is one link from the review, and its snippets copy from the keyboard', async ({
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'])
  await page.goto(`/reviews/${seriesReview}`)
  const oembedLink = page.locator('link[rel="alternate"][type="application/json+oembed"]')
  await expect(oembedLink).toHaveCount(1)
  // The review page carries a link, not the snippets.
  await expect(page.getByLabel('Score card (iframe)')).toHaveCount(0)
  await page.getByRole('link', { name: 'Embed this score on another site' }).click()
  await expect(page).toHaveURL(new RegExp(`/reviews/${seriesReview}/embed$`))
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Embed this score')
  await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', /noindex/)
  await expect(page.getByRole('img', { name: /^Badge preview: Love in the Big City: 9\.3 out of 10/ })).toBeVisible()

  // Tab order: each snippet's Copy button, then its box.
  const iframeBox = page.getByLabel('Score card (iframe)')
  const copyBadge = page.getByRole('button', { name: 'Copy badge image' })
  const copyCard = page.getByRole('button', { name: 'Copy score card (iframe)' })
  await copyBadge.focus()
  for (const next of [page.getByLabel('Badge image'), copyCard]) {
    await page.keyboard.press('Tab')
    await expect(next).toBeFocused()
  }
  await page.keyboard.press('Enter')
  await expect(page.getByRole('status').filter({ hasText: 'Score card (iframe) copied.' })).toBeVisible()
  const copied = await page.evaluate(() => navigator.clipboard.readText())
  expect(copied).toBe(await iframeBox.inputValue())
  expect(copied).toMatch(/^<iframe src="[^"]+\/embed\/review\/love-in-the-big-city-review"/)

  await page.getByRole('link', { name: 'Back to the review' }).click()
  await expect(page).toHaveURL(new RegExp(`/reviews/${seriesReview}$`))
})

test('a review without a published score has no embed page, and no link to one', async ({ page, request }) => {
  const unscored = 'love-in-the-big-city-ending-explained'
  expect((await request.get(`/reviews/${unscored}/embed`)).status()).toBe(404)
  expect((await request.get('/reviews/love-in-the-big-city-episode-4-second-opinion/embed')).status()).toBe(404)
  expect((await request.get('/reviews/no-such-review/embed')).status()).toBe(404)
  const hostile = await request.get('/reviews/%22%3E%3Cscript%3Ealert(1)%3C%2Fscript%3E/embed')
  expect(hostile.status()).toBe(404)
  expect(await hostile.text()).not.toContain('<script>alert(1)')
  await page.goto(`/reviews/${unscored}`)
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
  await expect(page.getByRole('link', { name: 'Embed this score on another site' })).toHaveCount(0)
})
