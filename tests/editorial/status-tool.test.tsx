// @vitest-environment jsdom
/**
 * The "Editorial status" tool as an editor sees it: rendered in jsdom with the Studio's theme, reading
 * the bundled dataset through the same client calls it makes in the Studio (groq-js stands in for
 * the Content Lake) and validating with the Studio's own rules.
 */
import { act } from 'react'
import { createRoot, type Root } from 'react-dom/client'
import type { Config, PluginOptions, Tool } from 'sanity'
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest'
import type { DatasetDocument } from '@/lib/content/dataset-loader'
import { loadStudioSchema } from '@/sanity/validation/validateDocuments'
import { bundledDocuments, documentById, offlineClient, offlineWorkspace } from './helpers'

// Tells React this is a test: updates are applied inside act().
;(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true

/** Lets the tool's queries and validation answer, inside act(), until `done` holds (or 30 s pass). */
async function settle(done: () => boolean) {
  for (let waited = 0; !done() && waited < 30_000; waited += 50) {
    await act(() => new Promise((resolve) => setTimeout(resolve, 50)))
  }
}

let plugin: typeof import('@/sanity/plugins/editorial-status')
let ui: typeof import('@sanity/ui')
let config: Config

beforeAll(async () => {
  await loadStudioSchema()
  plugin = await import('@/sanity/plugins/editorial-status')
  ui = await import('@sanity/ui')
  config = (await import('@/sanity.config')).default as Config
}, 60_000)

let root: Root | undefined
let container: HTMLElement

afterEach(() => {
  act(() => root?.unmount())
  container?.remove()
})

const NOW = new Date('2024-11-28T12:00:00Z')

async function renderTool(documents: DatasetDocument[]) {
  const onOpen = vi.fn()
  const { EditorialStatusView } = plugin
  const { ThemeProvider, studioTheme } = ui
  const workspace = await offlineWorkspace(documents)
  container = document.createElement('div')
  document.body.append(container)
  await act(async () => {
    root = createRoot(container)
    root.render(
      <ThemeProvider theme={studioTheme}>
        <EditorialStatusView client={offlineClient(documents)} workspace={workspace} now={NOW} onOpen={onOpen} />
      </ThemeProvider>,
    )
  })
  // The lists come first; validation fills in after.
  await settle(() => !!container.textContent?.includes('Documents with validation errors or warnings'))
  return { onOpen }
}

function section(title: string) {
  const heading = [...container.querySelectorAll('h2')].find((h2) => h2.textContent?.startsWith(title))
  if (!heading) throw new Error(`No section "${title}"`)
  const element = heading.closest('section')!
  const rows = [...element.querySelectorAll('li button')].map((button) => button.textContent)
  return {
    heading: heading.textContent,
    text: element.textContent,
    rows,
    buttons: [...element.querySelectorAll('button')],
  }
}

describe('Editorial status tool', () => {
  it('is registered in the Studio as "Editorial status"', () => {
    const plugins = (Array.isArray(config) ? config[0] : config).plugins as PluginOptions[]
    expect(plugins.map((entry) => entry.name)).toContain('drama-review-editorial-status')
    const tools = plugin.editorialStatus().tools as Tool[]
    expect(tools.map(({ name, title }) => ({ name, title }))).toEqual([
      { name: 'editorial-status', title: 'Editorial status' },
    ])
    expect(tools[0].component).toBe(plugin.EditorialStatusTool)
  })

  it('shows every list on the bundled dataset, with what each empty list means', { timeout: 60_000 }, async () => {
    await renderTool(bundledDocuments())
    const headings = [...container.querySelectorAll('h2')].map((h2) => h2.textContent)
    expect(headings).toEqual([
      'Aired episodes with no episode review (0)',
      'Reviews without a score, or with aspect scores far from it (0)',
      'Published reviews with spoiler blocks that name no episode (0)',
      'Drafts older than 7 days (1)',
      'People without a photo or birth date (15)',
      'Documents with validation errors or warnings (0)',
    ])
    expect(section('Aired episodes').text).toContain('Every aired episode has a published review.')
    expect(section('Drafts older').rows).toEqual([
      'Love in the Big City review: a sentimental education in four lovesLast edited 2024-11-20',
    ])
    expect(section('People without').rows).toContain('Lee Soo-kyungNo birth date')
    expect(section('People without').rows).toContain('Oh Hyun-kyungNo photo or birth date')
    expect(section('Documents with validation').text).toContain('Every document passes the Studio’s rules.')
  })

  it('lists the slips it finds and opens the document an editor clicks', { timeout: 60_000 }, async () => {
    const documents = bundledDocuments().filter((doc) => doc._id !== 'review-love-in-the-big-city-episode-3')
    documentById(documents, 'drafts.review-love-in-the-big-city-review').score = 7.5
    delete documentById(documents, 'episode-love-in-the-big-city-6').title
    const { onOpen } = await renderTool(documents)

    expect(section('Aired episodes').rows).toEqual([
      'Love in the Big City, episode 3: The Philosophy ClassAired 2024-10-21',
    ])
    expect(section('Reviews without').rows).toEqual([
      'Love in the Big City review: a sentimental education in four lovesOverall 7.5, aspects average 9.3',
    ])
    const validation = section('Documents with validation')
    expect(validation.heading).toBe('Documents with validation errors or warnings (1)')
    expect(validation.rows).toEqual(['episode-love-in-the-big-city-6Error: title: Give the episode a title.'])

    act(() => section('Reviews without').buttons[0].click())
    expect(onOpen).toHaveBeenCalledWith(
      expect.objectContaining({ _id: 'drafts.review-love-in-the-big-city-review', _type: 'review' }),
    )
  })

  it('says so when the lists cannot be loaded', { timeout: 60_000 }, async () => {
    const documents = bundledDocuments()
    const client = offlineClient(documents)
    const failing = new Proxy(client, {
      get: (target, property) =>
        property === 'fetch'
          ? () => Promise.reject(new Error('Request failed with status 403'))
          : Reflect.get(target, property),
    })
    const { EditorialStatusView } = plugin
    const { ThemeProvider, studioTheme } = ui
    container = document.createElement('div')
    document.body.append(container)
    await act(async () => {
      root = createRoot(container)
      root.render(
        <ThemeProvider theme={studioTheme}>
          <EditorialStatusView
            client={failing}
            workspace={await offlineWorkspace(documents)}
            now={NOW}
            onOpen={vi.fn()}
          />
        </ThemeProvider>,
      )
    })
    await settle(() => container.querySelectorAll('[role="alert"]').length === 2)
    expect(container.textContent).toContain('Could not load the lists: Request failed with status 403')
  })
})
