/**
 * No moderation page or API answers without a moderator session. The routes are found by walking
 * app/moderation and app/api/moderation, so a route added later is covered without touching this
 * file. Each is requested from `next start` with no cookie, a forged one, an expired one and one
 * signed with another secret; then from a second server without MODERATION_SECRET at all.
 */
import { createHmac } from 'node:crypto'
import { globSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { type APIRequestContext, type APIResponse, expect, request as playwrightRequest, test } from '@playwright/test'

import { type RunningServer, startNextServer } from '../bench/next-server'
import { e2eDatasetFile, e2eModerationSecret, e2eReaderCookieSecret } from './runtime'

const SAMPLE_PARAM = 'sample-item'

/** `app/moderation/items/[id]/page.tsx` -> `/moderation/items/sample-item`; route groups vanish. */
function urlPathOf(file: string): string {
  const segments = path
    .dirname(file)
    .split(path.sep)
    .slice(1)
    .filter((segment) => !/^\(.+\)$/.test(segment))
    .map((segment) => (segment.startsWith('[') ? SAMPLE_PARAM : segment))
  return `/${segments.join('/')}`
}

/** The HTTP methods a route file exports. */
function methodsOf(file: string): string[] {
  const source = readFileSync(file, 'utf8')
  const exported = /export\s+(?:async\s+function|function|const)\s+(GET|HEAD|POST|PUT|PATCH|DELETE|OPTIONS)\b/g
  return [...source.matchAll(exported)].map((match) => match[1])
}

const pages = globSync('app/moderation/**/page.{ts,tsx}').map(urlPathOf).sort()
const apis = globSync('app/api/moderation/**/route.{ts,tsx}')
  .flatMap((file) => methodsOf(file).map((method) => ({ method, path: urlPathOf(file) })))
  .sort((a, b) => `${a.path} ${a.method}`.localeCompare(`${b.path} ${b.method}`))

/** A cookie value in the session's format (payload.HMAC), signed as the site signs with `secret`. */
function sessionCookie(payload: { name: string; exp: number }, secret: string): string {
  const encoded = Buffer.from(JSON.stringify(payload)).toString('base64url')
  const key = createHmac('sha256', secret).update('moderation-session-key').digest()
  return `${encoded}.${createHmac('sha256', key).update(encoded).digest('base64url')}`
}

const inAnHour = () => Math.floor(Date.now() / 1000) + 3600
const anotherSecret = 'not-the-moderation-secret-0123456789'
const refusedCookies: Record<string, () => string> = {
  'no cookie': () => '',
  'a forged signature': () =>
    `${Buffer.from(JSON.stringify({ name: 'Mallory', exp: inAnHour() })).toString('base64url')}.${'A'.repeat(43)}`,
  'an expired session': () =>
    sessionCookie({ name: 'Mallory', exp: Math.floor(Date.now() / 1000) - 1 }, e2eModerationSecret),
  'another secret': () => sessionCookie({ name: 'Mallory', exp: inAnHour() }, anotherSecret),
  garbage: () => 'admin',
}

function headersWith(cookie: string): Record<string, string> {
  return cookie ? { cookie: `moderator=${cookie}` } : {}
}

async function send(api: APIRequestContext, method: string, url: string, cookie: string): Promise<APIResponse> {
  return api.fetch(url, {
    method,
    headers: { ...headersWith(cookie), 'content-type': 'application/json', 'x-csrf-token': 'forged-token' },
    data: method === 'GET' || method === 'HEAD' ? undefined : { action: 'hide', note: 'should never happen' },
    maxRedirects: 0,
  })
}

async function expectSignInOnly(response: APIResponse, label: string) {
  expect(response.status(), label).toBe(200)
  expect(response.headers()['cache-control'], label).toContain('no-store')
  const html = await response.text()
  expect(html, label).toMatch(/<meta name="robots" content="noindex, nofollow"/)
  expect(html, label).toContain('Moderators’ sign-in')
  expect(html, label).toContain('id="main-content"')
  expect(html, label).toMatch(/<input[^>]*name="secret"/)
  // The sign-in is the only form: no action, queue link, token or signed-in frame reaches the page.
  expect(html.match(/<form/g), label).toHaveLength(1)
  expect(html, label).not.toContain('Sign out')
  expect(html, label).not.toContain('href="/moderation/items/')
  expect(html, label).not.toMatch(/name="csrf"/)
}

async function expectUnauthorized(response: APIResponse, method: string, label: string) {
  expect(response.status(), label).toBe(401)
  expect(response.headers()['cache-control'], label).toContain('no-store')
  expect(response.headers()['x-csrf-token'], label).toBeUndefined()
  if (method !== 'HEAD') expect(Object.keys(await response.json()), label).toEqual(['error'])
}

test('the walk finds every moderation page and API route', () => {
  expect(pages).toEqual(
    expect.arrayContaining(['/moderation', '/moderation/blocks', '/moderation/items/sample-item', '/moderation/terms']),
  )
  expect(apis).toEqual(
    expect.arrayContaining([
      { method: 'GET', path: '/api/moderation/queue' },
      { method: 'GET', path: '/api/moderation/items/sample-item' },
      { method: 'POST', path: '/api/moderation/items/sample-item/actions' },
    ]),
  )
})

test('a session signed the way these requests sign is accepted, so their refusals are for the reason named', async ({
  request,
}) => {
  const valid = sessionCookie({ name: 'Control', exp: inAnHour() }, e2eModerationSecret)
  const answer = await request.get('/api/moderation/queue?view=pending', { headers: headersWith(valid) })
  expect(answer.status()).toBe(200)
  expect(answer.headers()['x-csrf-token']).toBeTruthy()
  const page = await (await request.get('/moderation', { headers: headersWith(valid) })).text()
  expect(page).toContain('Sign out')
})

for (const [label, cookie] of Object.entries(refusedCookies)) {
  test(`with ${label}, every moderation page shows only the sign-in and every API answers 401`, async ({ request }) => {
    for (const page of pages) {
      await expectSignInOnly(await request.get(page, { headers: headersWith(cookie()) }), `${label}: ${page}`)
    }
    for (const { method, path: url } of apis) {
      const response = await send(request, method, url, cookie())
      await expectUnauthorized(response, method, `${label}: ${method} ${url}`)
    }
  })
}

test.describe('without MODERATION_SECRET', () => {
  let server: RunningServer
  let api: APIRequestContext

  test.beforeAll(async () => {
    const port = Number(process.env.E2E_PORT ?? 3210) + 1
    server = await startNextServer({
      distDir: process.env.NEXT_DIST_DIR ?? '.next',
      port,
      env: {
        MODERATION_SECRET: '',
        BUNDLED_DATASET_FILE: e2eDatasetFile,
        READER_COOKIE_SECRET: e2eReaderCookieSecret,
        REACTIONS_SQLITE_FILE: `${path.dirname(e2eDatasetFile)}/reactions-no-moderation.sqlite`,
      },
    })
    api = await playwrightRequest.newContext({ baseURL: server.origin })
  })

  test.afterAll(async () => {
    await api?.dispose()
    await server?.stop()
  })

  test('every page says how to set it and shows nothing else; every API answers 401', async () => {
    // A session that would be valid under the secret once set is worth nothing while it is unset.
    const onceValid = sessionCookie({ name: 'Mallory', exp: inAnHour() }, e2eModerationSecret)
    for (const cookie of ['', onceValid]) {
      for (const page of pages) {
        const response = await api.get(page, { headers: headersWith(cookie) })
        expect(response.status(), page).toBe(200)
        const html = await response.text()
        expect(html, page).toContain('Moderation is closed')
        expect(html, page).toContain('MODERATION_SECRET')
        expect(html, page).toContain('16 characters')
        expect(html, page).toContain('.env.local')
        expect(html, page).not.toContain('<form')
        expect(html, page).not.toContain('href="/moderation/')
      }
      for (const { method, path: url } of apis) {
        const response = await send(api, method, url, cookie)
        await expectUnauthorized(response, method, `${method} ${url}`)
        if (method !== 'HEAD') expect((await response.json()).error).toContain('MODERATION_SECRET')
      }
    }
  })
})
