/**
 * Visual editing on the Content Lake path, end to end: the site built and served with
 * NEXT_PUBLIC_SANITY_PROJECT_ID set, reading from the loopback stub of the query API (which answers
 * with a Content Source Map when asked). A published page carries no stega and loads no overlay
 * code; the same page in draft mode carries stega in its text, loads the overlays, and keeps its
 * <title>, metadata, JSON-LD, links, ids and dates clean.
 */
import { readFileSync, rmSync } from 'node:fs'
import path from 'node:path'
import { vercelStegaDecode } from '@vercel/stega'
import { chromium } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { buildNext } from '../bench/next-build'
import { type RunningServer, startNextServer } from '../bench/next-server'
import { STEGA_RUN, servedPage, visualEditingChunks, visualEditingMarkerIn } from '../support/visual-editing-code'
import { type ContentLakeStub, startContentLakeStub } from './content-lake-stub'
import { copyBundledDataset, type ServedDataset } from './served-dataset'

const distDir = '.next-visual-editing'
const sitePort = Number(process.env.VISUAL_EDITING_PORT ?? 3298)
const reviewPath = '/reviews/love-in-the-big-city-review'
let dataset: ServedDataset
let stub: ContentLakeStub
let server: RunningServer
/** Next's draft-mode cookie, as /api/draft-mode/enable sets it once Presentation's secret checks out. */
let draftCookie: string

beforeAll(async () => {
  dataset = copyBundledDataset()
  stub = await startContentLakeStub({ port: 0, file: dataset.file, dataset: 'production' })
  const env = {
    NEXT_PUBLIC_SANITY_PROJECT_ID: 'stubproject',
    NEXT_PUBLIC_SANITY_DATASET: 'production',
    SANITY_API_HOST: stub.origin,
    SANITY_API_READ_TOKEN: 'sk-viewer-token-for-tests',
    NEXT_TELEMETRY_DISABLED: '1',
    BUNDLED_DATASET_FILE: dataset.file,
  }
  rmSync(path.join(distDir, 'cache', 'fetch-cache'), { recursive: true, force: true })
  await buildNext(distDir, env)
  server = await startNextServer({ distDir, port: sitePort, env })
  const manifest = JSON.parse(readFileSync(path.join(distDir, 'prerender-manifest.json'), 'utf8')) as {
    preview: { previewModeId: string }
  }
  draftCookie = `__prerender_bypass=${manifest.preview.previewModeId}`
}, 600_000)

afterAll(async () => {
  await server?.stop()
  await stub?.stop()
  dataset?.remove()
})

/** Attribute values of one name in an HTML document. */
function attributes(html: string, name: string): string[] {
  return [...html.matchAll(new RegExp(`\\s${name}="([^"]*)"`, 'gi'))].map((match) => match[1])
}

describe('a published page on the Content Lake', () => {
  it('carries no stega and no overlay code', async () => {
    const overlayChunks = visualEditingChunks(distDir)
    expect(overlayChunks.length).toBeGreaterThan(0)
    const page = await servedPage(server.origin, reviewPath)
    expect(page.status).toBe(200)
    expect(page.html).toContain('Love in the Big City review')
    expect(page.html).not.toMatch(STEGA_RUN)
    expect(page.scripts.length).toBeGreaterThan(0)
    for (const script of page.scripts) {
      expect(overlayChunks).not.toContain(new URL(script.url).pathname)
      expect(visualEditingMarkerIn(script.body), script.url).toBeUndefined()
    }
  })
})

describe('the same page in draft mode', () => {
  it('marks its text with the Studio document and field, and keeps head, links, ids and dates clean', async () => {
    const page = await servedPage(server.origin, reviewPath, { cookie: draftCookie })
    expect(page.status).toBe(200)
    expect(page.html).toContain('Draft mode')

    const heading = /<h1\b[^>]*>([\s\S]*?)<\/h1>/.exec(page.html)![1]
    const mark = vercelStegaDecode<{ href: string }>(heading)
    expect(mark?.href).toContain('/studio/intent/edit/')
    expect(new URL(mark!.href, server.origin).searchParams.get('id')).toBe('review-love-in-the-big-city-review')

    const head = /<head>([\s\S]*?)<\/head>/.exec(page.html)![1]
    expect(head).toContain('<title>')
    expect(head).not.toMatch(STEGA_RUN)
    const jsonLd = [...page.html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)]
    expect(jsonLd.length).toBeGreaterThan(0)
    for (const [, graph] of jsonLd) expect(graph).not.toMatch(STEGA_RUN)
    for (const name of ['href', 'id', 'datetime', 'src', 'class']) {
      const marked = attributes(page.html, name).filter((value) => STEGA_RUN.test(value))
      expect(marked, `${name} attributes`).toEqual([])
    }
  })

  it('re-renders fast enough to follow typing (what a refresh from the Studio costs)', async () => {
    const times: number[] = []
    for (let run = 0; run < 5; run++) {
      const started = performance.now()
      const response = await fetch(server.origin + reviewPath, { headers: { cookie: draftCookie } })
      await response.text()
      times.push(performance.now() - started)
    }
    const median = times.sort((a, b) => a - b)[2]
    console.log(`Draft review page on the Content Lake stub: median ${Math.round(median)} ms over 5 renders`)
    expect(median).toBeLessThan(1000)
  })

  it('loads the overlays in Chromium', async () => {
    const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium' })
    try {
      const context = await browser.newContext()
      const [name, value] = draftCookie.split('=')
      await context.addCookies([{ name, value, url: server.origin }])
      const tab = await context.newPage()
      const scripts: Promise<string>[] = []
      tab.on('response', (response) => {
        // A body still on its way when the test ends is no finding; closing the browser cancels it.
        if (response.request().resourceType() === 'script') scripts.push(response.text().catch(() => ''))
      })
      await tab.goto(server.origin + reviewPath, { waitUntil: 'load' })
      // The overlays' chunk is requested as the page hydrates, which on a busy machine can come after
      // the network has been quiet for a while: wait for it rather than for a quiet network.
      await expect
        .poll(async () => (await Promise.all(scripts)).some((body) => visualEditingMarkerIn(body)), { timeout: 20_000 })
        .toBe(true)
    } finally {
      await browser.close()
    }
  })
})

describe('the Studio with a project configured', () => {
  it('loads at /studio in place of the setup page', async () => {
    const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium' })
    try {
      const context = await browser.newContext()
      // The Studio calls Sanity's servers; the test keeps every request on loopback.
      await context.route('**/*', (route) =>
        new URL(route.request().url()).hostname === '127.0.0.1' ? route.continue() : route.abort(),
      )
      const tab = await context.newPage()
      const scripts: Promise<number>[] = []
      tab.on('response', (response) => {
        if (response.request().resourceType() === 'script')
          scripts.push(
            response.body().then(
              (body) => body.byteLength,
              () => 0,
            ),
          )
      })
      const answer = await tab.goto(server.origin + '/studio', { waitUntil: 'load' })
      expect(answer?.status()).toBe(200)
      await tab.locator('#sanity').waitFor({ state: 'attached', timeout: 30_000 })
      expect(await tab.getByText('The Studio needs a Sanity project').count()).toBe(0)
      const scriptBytes = (await Promise.all(scripts)).reduce((sum, bytes) => sum + bytes, 0)
      console.log(`/studio with a project: ${Math.round(scriptBytes / 1024)} kB of script`)
      // The Studio's code, which the setup page never loads (tests/e2e/studio-setup-notice.spec.ts).
      expect(scriptBytes).toBeGreaterThan(1_000_000)
    } finally {
      await browser.close()
    }
  })
})
