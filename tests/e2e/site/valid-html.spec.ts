import { spawnSync } from 'node:child_process'
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { join } from 'node:path'
import { expect, test } from '@playwright/test'
import { NEWS_PER_PAGE, PEOPLE_PER_PAGE, REVIEWS_PER_PAGE, SERIES_PER_PAGE } from '../../../lib/paging'
import { e2eDatasetFile, e2eModerationSecret, e2ePreviewSecret } from '../runtime'

// One page of every kind, as the server sends it, passes the W3C Nu HTML Checker with no error.

const vnuJar = createRequire(import.meta.url).resolve('vnu-jar/build/dist/vnu.jar')

// Each list, the links that lead from it to a document, and from that document to a page of another kind.
const lists = [
  {
    path: '/reviews',
    type: 'review',
    perPage: REVIEWS_PER_PAGE,
    item: /^\/reviews\/(?!page\/)[^/]+$/,
    next: /^\/critics\/[^/]+$/,
  },
  {
    path: '/series',
    type: 'series',
    perPage: SERIES_PER_PAGE,
    item: /^\/series\/(?!page\/)[^/]+$/,
    next: /^\/series\/[^/]+\/episodes\/\d+$/,
  },
  { path: '/people', type: 'person', perPage: PEOPLE_PER_PAGE, item: /^\/people\/(?!page\/)[^/]+$/ },
  { path: '/news', type: 'article', perPage: NEWS_PER_PAGE, item: /^\/news\/(?!page\/)[^/]+$/ },
]

interface NuMessage {
  type: 'error' | 'info' | 'non-document-error'
  subType?: string
  url?: string
  lastLine?: number
  firstColumn?: number
  message: string
  extract?: string
}

/** Draft copies of every listed document, enough for a second page of each list; drafts show in draft mode only. */
function secondPageDrafts(dataset: string): string[] {
  const documents = dataset
    .trimEnd()
    .split('\n')
    .map((line) => JSON.parse(line))
  return lists.flatMap(({ type, perPage }) => {
    const originals = documents.filter((doc) => doc._type === type && !doc._id.startsWith('drafts.') && doc.slug)
    expect(originals.length, `published ${type} documents`).toBeGreaterThan(0)
    const copies = Math.ceil((perPage + 1) / originals.length) - 1
    return Array.from({ length: copies }, (_, index) =>
      originals.map((doc) => {
        const suffix = `copy-${index + 1}`
        const slug = { ...doc.slug, current: `${doc.slug.current}-${suffix}` }
        return JSON.stringify({ ...doc, _id: `drafts.${doc._id}-${suffix}`, slug })
      }),
    ).flat()
  })
}

function runNuChecker(files: string[]): NuMessage[] {
  const args = ['-jar', vnuJar, '--format', 'json', '--stdout', ...files]
  const result = spawnSync('java', args, { encoding: 'utf8', maxBuffer: 1 << 26 })
  if (result.error) {
    throw new Error(`Cannot run java (${result.error.message}): apt-get install default-jre-headless`)
  }
  if (!result.stdout.trimStart().startsWith('{')) {
    throw new Error(`The Nu HTML Checker sent no report: ${result.stderr}`)
  }
  return (JSON.parse(result.stdout) as { messages: NuMessage[] }).messages
}

test('every kind of page is valid HTML', async ({ page }) => {
  test.setTimeout(180_000)
  const pages: { path: string; html: string }[] = []

  async function visit(path: string, status = 200) {
    const response = await page.goto(path)
    expect(response?.status(), `${path} status`).toBe(status)
    pages.push({ path, html: await response!.text() })
  }

  async function firstLink(pattern: RegExp): Promise<string> {
    const links = page.getByRole('main').locator('a[href]')
    const hrefs = await links.evaluateAll((anchors) => anchors.map((anchor) => anchor.getAttribute('href')))
    const href = hrefs.find((candidate) => candidate && pattern.test(candidate))
    expect(href, `a link matching ${pattern} on ${page.url()}`).toBeTruthy()
    return href!
  }

  await test.step('published pages', async () => {
    await visit('/')
    for (const list of lists) {
      await visit(list.path)
      await visit(await firstLink(list.item))
      if (list.next) await visit(await firstLink(list.next))
    }
    await visit('/critics')
    await visit('/how-we-score')
    for (const section of ['episodes', 'cast', 'reviews']) await visit(`/series/love-in-the-big-city/${section}`)
    // An episode review, with its previous/next links.
    await visit('/reviews/love-in-the-big-city-episode-4')
    await visit('/series/love-in-the-big-city/reader-reviews')
    await visit('/series/love-in-the-big-city/episodes/2/reader-reviews?sort=lowest&rating=9')
    await visit('/no-such-section', 404)
    await visit('/reviews/no-such-review', 404)
    await visit('/studio')
    // Reader reviews: a write page and a review's own page (both rendered per request).
    await visit('/series/love-in-the-big-city/episodes/2/reader-reviews/write')
    await visit('/reader-reviews/sample-review-01')
    // Comments: a thread with replies, mentions and a folded comment; the write page; a comment's own page.
    await visit('/reviews/love-in-the-big-city-first-impressions')
    await visit('/comments/new?subject=review-love-in-the-big-city-first-impressions&parent=sample-comment-01')
    await visit('/comments/sample-comment-01')
    // The score card other sites frame: a document of its own, outside the site frame.
    await visit('/embed/review/love-in-the-big-city-review')
  })

  await test.step('moderation pages, signed out and signed in', async () => {
    await visit('/moderation')
    await page.getByLabel('Your name').fill('HTML check')
    await page.getByLabel('Moderation secret').fill(e2eModerationSecret)
    await page.getByRole('button', { name: 'Sign in' }).click()
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Moderation queue')
    for (const view of ['pending', 'reported', 'recent']) await visit(`/moderation?view=${view}`)
    await visit('/moderation/items/sample-review-held-01')
    await visit('/moderation/blocks')
    await visit('/moderation/terms')
  })

  await test.step('second pages of the lists, in draft mode', async () => {
    const original = readFileSync(e2eDatasetFile, 'utf8')
    writeFileSync(e2eDatasetFile, `${original.trimEnd()}\n${secondPageDrafts(original).join('\n')}\n`)
    try {
      const enabled = await page.goto(`/api/draft-mode/enable?secret=${e2ePreviewSecret}&redirect=/`)
      expect(enabled?.status()).toBe(200)
      for (const list of lists) await visit(`${list.path}/page/2`)
      await page.goto('/api/draft-mode/disable')
    } finally {
      writeFileSync(e2eDatasetFile, original)
    }
  })

  const folder = test.info().outputPath('html')
  mkdirSync(folder, { recursive: true })
  const pathOfFile = new Map<string, string>()
  const files = pages.map(({ path, html }, index) => {
    const name = `${String(index).padStart(2, '0')}${path.replace(/[^a-z0-9]+/gi, '-')}.html`
    pathOfFile.set(name, path)
    writeFileSync(join(folder, name), html)
    return join(folder, name)
  })

  const messages = await test.step('Nu HTML Checker', () => runNuChecker(files))
  const located = (message: NuMessage) => {
    const path = pathOfFile.get(message.url?.split('/').pop() ?? '') ?? message.url ?? '(checker)'
    const extract = message.extract ? `: …${message.extract.replace(/\s+/g, ' ')}…` : ''
    return `${path} line ${message.lastLine}, column ${message.firstColumn}: ${message.message}${extract}`
  }
  for (const warning of messages.filter((message) => message.type === 'info' && message.subType === 'warning')) {
    test.info().annotations.push({ type: 'warning', description: located(warning) })
    console.warn(`Nu HTML Checker warning: ${located(warning)}`)
  }
  const errors = messages.filter((message) => message.type !== 'info').map(located)
  expect(errors, `Nu HTML Checker errors in ${pages.map(({ path }) => path).join(', ')}`).toEqual([])
})
