// @vitest-environment jsdom
/**
 * The aids on each document: the editorial badges (the status checks, one document at a time) and
 * "Open on site", on the bundled dataset's documents as the Studio hands them over (draft and
 * published versions).
 */
import type { DocumentActionComponent, DocumentBadgeComponent, DocumentBadgeProps, Tool } from 'sanity'
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'
import type { DatasetDocument } from '@/lib/content/dataset-loader'
import { SERIES_SLUG_QUERY } from '@/lib/editorial/status-queries'
import { loadStudioSchema } from '@/sanity/validation/validateDocuments'
import { bundledDocuments, documentById, documentVersions, offlineClient } from './helpers'

let plugin: typeof import('@/sanity/plugins/editorial-status')
let openOnSite: typeof import('@/sanity/editorial/openOnSite')
let presentation: Tool

beforeAll(async () => {
  await loadStudioSchema()
  plugin = await import('@/sanity/plugins/editorial-status')
  openOnSite = await import('@/sanity/editorial/openOnSite')
  const { presentationTool } = await import('sanity/presentation')
  const { presentationOptions } = await import('@/sanity/presentation')
  presentation = (presentationTool(presentationOptions).tools as Tool[])[0]
}, 60_000)

const NOW = new Date('2024-11-28T12:00:00Z')
const SERIES_REVIEW = 'review-love-in-the-big-city-review'

function badgesResolver() {
  return plugin.editorialStatus().document!.badges as (previous: DocumentBadgeComponent[]) => DocumentBadgeComponent[]
}

function propsOf(documents: DatasetDocument[], id: string): DocumentBadgeProps {
  const versions = documentVersions(documents).find(
    ({ draft, published }) => published?._id === id || draft?._id === `drafts.${id}`,
  )!
  return { id, ...versions } as unknown as DocumentBadgeProps
}

describe('editorial badges', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['Date'] })
    vi.setSystemTime(NOW)
  })
  afterEach(() => vi.useRealTimers())

  function badgesOn(documents: DatasetDocument[], id: string) {
    const badges = badgesResolver()([])
    return badges.map((badge) => badge(propsOf(documents, id))).filter((badge) => badge !== null)
  }

  it('are added after the Studio’s own badges', () => {
    const own = (() => null) as unknown as DocumentBadgeComponent
    const badges = badgesResolver()([own])
    expect(badges[0]).toBe(own)
    expect(badges).toHaveLength(5)
  })

  it('flag what the status tool lists, on the bundled dataset as shipped', () => {
    const documents = bundledDocuments()
    expect(badgesOn(documents, SERIES_REVIEW)).toEqual([
      {
        label: 'Draft 8 days old',
        title: 'Unpublished changes last edited 8 days ago: publish or discard them.',
        color: 'warning',
      },
    ])
    // Last edited six and a half days before NOW.
    expect(badgesOn(documents, 'review-love-in-the-big-city-episode-4-second-opinion')).toEqual([])
    expect(badgesOn(documents, 'person-lee-soo-kyung').map((badge) => badge.label)).toEqual(['No birth date'])
    expect(badgesOn(documents, 'person-oh-hyun-kyung')).toEqual([
      { label: 'No photo or birth date', title: "Add the person's photo and birth date.", color: 'primary' },
    ])
    expect(badgesOn(documents, 'person-nam-yoon-su')).toEqual([])
    // An ending explainer goes without a score by design.
    expect(badgesOn(documents, 'review-love-in-the-big-city-ending-explained')).toEqual([])
  })

  it('show each problem of a document as its own badge', () => {
    const documents = bundledDocuments()
    documentById(documents, `drafts.${SERIES_REVIEW}`).score = 7.5
    const published = documentById(documents, SERIES_REVIEW)
    const spoilers = (published.body as { _type: string; episode?: number }[]).filter((b) => b._type === 'spoiler')
    delete spoilers[0].episode
    expect(badgesOn(documents, SERIES_REVIEW)).toEqual([
      {
        label: 'Scores disagree',
        title: 'The aspect scores average 9.3 but the overall score is 7.5: check both.',
        color: 'warning',
      },
      {
        label: 'Spoiler without episode',
        title: 'A spoiler block does not name the episode it spoils.',
        color: 'danger',
      },
      expect.objectContaining({ label: 'Draft 8 days old' }),
    ])
  })

  it('ask for a score where the kind of review needs one', () => {
    const documents = bundledDocuments()
    delete documentById(documents, 'review-love-in-the-big-city-episode-5').score
    expect(badgesOn(documents, 'review-love-in-the-big-city-episode-5')).toEqual([
      { label: 'No score', title: 'Give the review an overall score from 0 to 10.', color: 'warning' },
    ])
  })
})

describe('"Open on site"', () => {
  async function targetOf(documents: DatasetDocument[], id: string) {
    const props = propsOf(documents, id)
    const seriesId = openOnSite.seriesIdFor(props)
    const seriesSlug = seriesId
      ? await offlineClient(documents).fetch<string | null>(SERIES_SLUG_QUERY, { id: seriesId })
      : undefined
    return openOnSite.openOnSiteTarget(props, seriesSlug)
  }

  it('is offered on every type with a page, and not on settings', () => {
    const resolve = plugin.editorialStatus().document!.actions as (
      previous: DocumentActionComponent[],
      context: { schemaType: string },
    ) => DocumentActionComponent[]
    for (const type of ['series', 'episode', 'person', 'character', 'review', 'critic', 'article']) {
      expect(resolve([], { schemaType: type }), type).toEqual([openOnSite.OpenOnSiteAction])
    }
    expect(resolve([], { schemaType: 'siteSettings' })).toEqual([])
  })

  it.each([
    ['series-love-in-the-big-city', '/series/love-in-the-big-city'],
    ['episode-love-in-the-big-city-3', '/series/love-in-the-big-city/episodes/3'],
    ['character-go-young', '/series/love-in-the-big-city/cast#character-go-young'],
    ['person-nam-yoon-su', '/people/nam-yoon-su'],
    ['critic-mara-seo', '/critics/mara-seo'],
    ['article-trailer-released', '/news/trailer-released'],
    ['review-love-in-the-big-city-episode-2', '/reviews/love-in-the-big-city-episode-2'],
  ])('opens the published page of %s: %s', async (id, href) => {
    expect(await targetOf(bundledDocuments(), id)).toEqual({ href, mode: 'page' })
  })

  it('previews a document with a draft, at the draft’s address', async () => {
    const documents = bundledDocuments()
    expect(await targetOf(documents, SERIES_REVIEW)).toEqual({
      href: '/reviews/love-in-the-big-city-review',
      mode: 'preview',
    })
    documentById(documents, `drafts.${SERIES_REVIEW}`).slug = { _type: 'slug', current: 'renamed' }
    expect(await targetOf(documents, SERIES_REVIEW)).toEqual({ href: '/reviews/renamed', mode: 'preview' })
    expect(await targetOf(documents, 'review-love-in-the-big-city-episode-4-second-opinion')).toEqual({
      href: '/reviews/love-in-the-big-city-episode-4-second-opinion',
      mode: 'preview',
    })
  })

  it('links an episode of a series that is still only a draft, and nothing when the series is unknown', async () => {
    const documents = bundledDocuments()
    const series = documentById(documents, 'series-love-in-the-big-city')
    series._id = 'drafts.series-love-in-the-big-city'
    expect(await targetOf(documents, 'episode-love-in-the-big-city-3')).toMatchObject({
      href: '/series/love-in-the-big-city/episodes/3',
    })
    documentById(documents, 'episode-love-in-the-big-city-3').series = { _type: 'reference', _ref: 'series-nowhere' }
    expect(await targetOf(documents, 'episode-love-in-the-big-city-3')).toBeNull()
  })

  it('opens the page in a new tab, or the preview, when the editor clicks it', () => {
    const open = { openPage: vi.fn(), openPreview: vi.fn() }
    const page = openOnSite.openOnSiteDescription({ href: '/people/kang-san', mode: 'page' }, open)
    expect(page).toMatchObject({ label: 'Open on site', title: 'Open /people/kang-san in a new tab' })
    page!.onHandle!()
    expect(open.openPage).toHaveBeenCalledWith('/people/kang-san')

    const preview = openOnSite.openOnSiteDescription({ href: '/reviews/renamed', mode: 'preview' }, open)
    expect(preview).toMatchObject({ label: 'Preview on site' })
    preview!.onHandle!()
    expect(open.openPreview).toHaveBeenCalledWith('/reviews/renamed')
    expect(open.openPage).toHaveBeenCalledTimes(1)
  })

  it('is there but disabled, saying why, for a document without an address', async () => {
    const documents = bundledDocuments()
    delete documentById(documents, 'critic-mara-seo').slug
    const target = await targetOf(documents, 'critic-mara-seo')
    expect(target).toBeNull()
    expect(openOnSite.openOnSiteDescription(target, { openPage: vi.fn(), openPreview: vi.fn() })).toMatchObject({
      label: 'Open on site',
      disabled: true,
      title: expect.stringContaining('give it a slug'),
    })
  })

  it('sends a preview to the Presentation tool, which opens the page in draft mode beside the document', () => {
    const params = openOnSite.previewIntentParams(SERIES_REVIEW, 'review', '/reviews/renamed')
    expect(presentation.name).toBe(openOnSite.PRESENTATION_TOOL)
    expect(presentation.canHandleIntent!('edit', params, {})).toEqual({ mode: true })
    expect(presentation.getIntentState!('edit', params, undefined, undefined)).toEqual({
      type: 'review',
      id: SERIES_REVIEW,
      path: undefined,
      _searchParams: [['preview', '/reviews/renamed']],
    })
  })
})
