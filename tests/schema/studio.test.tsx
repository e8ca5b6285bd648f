import type { ReactElement } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import type {
  ArrayOfPrimitivesInputProps,
  DocumentActionComponent,
  NumberInputProps,
  Template,
  TemplateItem,
} from 'sanity'
import type { ListBuilder, StructureBuilder } from 'sanity/structure'
import { beforeAll, describe, expect, it, vi } from 'vitest'
import { loadStudioSchema } from '@/sanity/validation/validateDocuments'
import { catalogue } from './fixtures'

// Studio modules import 'sanity', which plain Node can only load after loadStudioSchema() has
// taught it to skip stylesheets; hence the dynamic imports.
let studio: Awaited<ReturnType<typeof loadStudioSchema>>
let templatesModule: typeof import('@/sanity/templates')
let offline: typeof import('@/sanity/validation/offlineContentLake')

beforeAll(async () => {
  studio = await loadStudioSchema()
  templatesModule = await import('@/sanity/templates')
  offline = await import('@/sanity/validation/offlineContentLake')
}, 60_000)

async function structureBuilder(): Promise<StructureBuilder> {
  const { createStructureBuilder } = await import('sanity/structure')
  const { sanity, schema } = studio
  const templates = sanity.prepareTemplates(schema, templatesModule.templates(sanity.defaultTemplatesForSchema(schema)))
  // While building lists the structure reads only the schema, templates and new-document options.
  const source = {
    schema,
    templates,
    document: { resolveNewDocumentOptions: () => [] },
    i18n: { t: (key: string) => key },
    currentUser: null,
  } as unknown as Parameters<typeof createStructureBuilder>[0]['source']
  return createStructureBuilder({ source, perspectiveStack: [] })
}

/** The pane an item opens, found by the item's id as the Studio's router would. */
async function openItem(list: ListBuilder, id: string): Promise<unknown> {
  const item = list.getItems()?.find((candidate) => 'getId' in candidate && candidate.getId() === id)
  if (!item || !('getChild' in item)) throw new Error(`No list item "${id}"`)
  return item.getChild()
}

describe('Studio structure', () => {
  it('lists series, reviews, people, critics, news and settings', async () => {
    const { structure } = await import('@/sanity/structure')
    const root = (await structure(await structureBuilder(), {} as never)) as ListBuilder
    const items = root.serialize().items.filter((item) => item.type !== 'divider')
    expect(items.map((item) => ('title' in item ? item.title : undefined))).toEqual([
      'Series',
      'All reviews',
      'People',
      'Critics',
      'News',
      'Settings',
    ])
  })

  it('opens settings as the one fixed document', async () => {
    const { structure } = await import('@/sanity/structure')
    const root = (await structure(await structureBuilder(), {} as never)) as ListBuilder
    const settings = (await openItem(root, 'siteSettings')) as { serialize: () => unknown }
    expect(settings.serialize()).toMatchObject({
      type: 'document',
      options: { id: 'siteSettings', type: 'siteSettings' },
    })
  })

  it('opens a series to its episodes in number order, created with the "Episode" template', async () => {
    const { structure } = await import('@/sanity/structure')
    const root = (await structure(await structureBuilder(), {} as never)) as ListBuilder
    const seriesList = (await openItem(root, 'series')) as {
      getChild: () => (id: string, context: object) => Promise<ListBuilder>
    }
    const oneSeries = await seriesList.getChild()('drafts.series-city', {})
    expect(oneSeries.serialize().items.map((item) => item.id)).toEqual(['details', 'episodes', 'reviews', 'characters'])

    const episodes = (await openItem(oneSeries, 'episodes')) as {
      serialize: (options: object) => Record<string, unknown>
    }
    expect(episodes.serialize({ path: [] })).toMatchObject({
      schemaTypeName: 'episode',
      options: {
        filter: '_type == "episode" && series._ref == $seriesId',
        params: { seriesId: 'series-city' },
        defaultOrdering: [{ field: 'number', direction: 'asc' }],
      },
      initialValueTemplates: [
        { templateId: 'episode-in-series', title: 'Episode', parameters: { seriesId: 'series-city' } },
      ],
    })

    const reviews = (await openItem(oneSeries, 'reviews')) as {
      serialize: (options: object) => Record<string, unknown>
    }
    expect(reviews.serialize({ path: [] })).toMatchObject({
      initialValueTemplates: [
        { templateId: 'episode-review-in-series', title: 'Episode review', parameters: { seriesId: 'series-city' } },
      ],
    })
  })
})

function resolverContext() {
  const client = offline.createOfflineClient(catalogue())
  return { getClient: () => client, projectId: 'offline', dataset: 'test', schema: studio.schema, currentUser: null }
}

async function templateValue(template: Template, params: Record<string, unknown>) {
  const value = template.value
  return typeof value === 'function' ? value(params, resolverContext()) : value
}

describe('initial value templates', () => {
  it('"Episode" points at the series and takes the next number and the usual runtime', async () => {
    expect(await templateValue(templatesModule.episodeInSeries, { seriesId: 'series-city' })).toEqual({
      series: { _type: 'reference', _ref: 'series-city' },
      number: 3,
      runtimeMinutes: 50,
    })
  })

  it('"Episode" starts a series with no episodes at number 1', async () => {
    const client = offline.createOfflineClient(catalogue().filter((document) => document._type !== 'episode'))
    const value = await (
      templatesModule.episodeInSeries.value as (params: object, context: object) => Promise<unknown>
    )({ seriesId: 'series-other' }, { ...resolverContext(), getClient: () => client })
    expect(value).toEqual({ series: { _type: 'reference', _ref: 'series-other' }, number: 1 })
  })

  it('"Episode review" is an episode review of the series, covering the given episode', async () => {
    expect(
      await templateValue(templatesModule.episodeReviewInSeries, { seriesId: 'drafts.series-city', episodeNumber: 4 }),
    ).toEqual({
      kind: 'episode',
      spoilerLevel: 'light',
      series: { _type: 'reference', _ref: 'series-city' },
      firstEpisode: 4,
      lastEpisode: 4,
    })
  })

  it('are registered with the schema under the ids the structure uses', () => {
    const { sanity, schema } = studio
    const ids = sanity
      .prepareTemplates(schema, templatesModule.templates(sanity.defaultTemplatesForSchema(schema)))
      .map((template) => template.id)
    expect(ids).toEqual(
      expect.arrayContaining(['episode-in-series', 'episode-review-in-series', 'character-in-series']),
    )
  })
})

describe('settings singleton', () => {
  async function plugin() {
    const { singletons } = await import('@/sanity/plugins/singletons')
    return singletons({ types: ['siteSettings'] })
  }

  function action(name: DocumentActionComponent['action']): DocumentActionComponent {
    const component = (() => null) as unknown as DocumentActionComponent
    component.action = name
    return component
  }

  it('keeps publish and discard but removes duplicate, delete and unpublish', async () => {
    const resolve = (await plugin()).document!.actions as (
      actions: DocumentActionComponent[],
      context: { schemaType: string },
    ) => DocumentActionComponent[]
    const all = ['publish', 'discardChanges', 'restore', 'duplicate', 'delete', 'unpublish'].map((name) =>
      action(name as DocumentActionComponent['action']),
    )
    expect(resolve(all, { schemaType: 'siteSettings' }).map((item) => item.action)).toEqual([
      'publish',
      'discardChanges',
      'restore',
    ])
    expect(resolve(all, { schemaType: 'review' })).toHaveLength(all.length)
  })

  it('is missing from every "new document" menu and template list', async () => {
    const resolved = await plugin()
    const options = resolved.document!.newDocumentOptions as (items: TemplateItem[], context: object) => TemplateItem[]
    const items: TemplateItem[] = [{ templateId: 'siteSettings' }, { templateId: 'review' }]
    expect(options(items, { creationContext: { type: 'global' } }).map((item) => item.templateId)).toEqual(['review'])

    const templates = (resolved.schema!.templates as (previous: Template[], context: object) => Template[])(
      studio.sanity.defaultTemplatesForSchema(studio.schema),
      {},
    )
    expect(templates.map((template) => template.schemaType)).not.toContain('siteSettings')
    expect(templates.map((template) => template.schemaType)).toContain('review')
  })
})

describe('score input', () => {
  async function renderInput(value: number | undefined): Promise<string> {
    const { ThemeProvider, studioTheme } = await import('@sanity/ui')
    const { ScoreInput } = await import('@/sanity/inputs/ScoreInput')
    const props = {
      value,
      onChange: vi.fn(),
      readOnly: false,
      elementProps: {
        id: 'score',
        onBlur: vi.fn(),
        onFocus: vi.fn(),
        onChange: vi.fn(),
        ref: { current: null },
        readOnly: false,
        'aria-describedby': undefined,
        style: {},
      },
    } as unknown as NumberInputProps
    const element: ReactElement = (
      <ThemeProvider theme={studioTheme}>
        <ScoreInput {...props} />
      </ThemeProvider>
    )
    return renderToStaticMarkup(element)
  }

  it('shows the number, a slider in 0.1 steps and the site’s score badge', async () => {
    const html = await renderInput(9.3)
    expect(html).toMatch(/<input[^>]*value="9.3"/)
    expect(html).toMatch(/<input[^>]*type="range"[^>]*min="0"[^>]*max="10"[^>]*step="0.1"[^>]*value="9.3"/)
    expect(html).toContain('Scored 9.3 out of 10: Must watch')
  })

  it('says when there is no score yet', async () => {
    const html = await renderInput(undefined)
    expect(html).toContain('Not scored yet')
    expect(html).not.toContain('out of 10')
  })

  it('saves typed numbers, clears on an empty box and waits on half-typed text', async () => {
    const { scorePatchForText } = await import('@/sanity/inputs/ScoreInput')
    expect(scorePatchForText('9,3')).toMatchObject({ type: 'set', path: [], value: 9.3 })
    expect(scorePatchForText('')).toMatchObject({ type: 'unset', path: [] })
    expect(scorePatchForText('.')).toBeNull()
  })

  it('saves slider positions rounded to 0.1', async () => {
    const { scorePatchForSlider } = await import('@/sanity/inputs/ScoreInput')
    expect(scorePatchForSlider('0.30000000000000004')).toMatchObject({ type: 'set', path: [], value: 0.3 })
  })
})

describe('aliases input', () => {
  async function renderInput(document: Record<string, unknown>) {
    const { ThemeProvider, studioTheme } = await import('@sanity/ui')
    const { FormValueProvider } = await import('sanity')
    const { AliasesInput } = await import('@/sanity/inputs/AliasesInput')
    const renderDefault = vi.fn(() => <div data-default-input="tags" />)
    const props = { value: document.aliases, renderDefault } as unknown as ArrayOfPrimitivesInputProps
    const element: ReactElement = (
      <ThemeProvider theme={studioTheme}>
        <FormValueProvider value={{ _id: 'person-test', _type: 'person', ...document }}>
          <AliasesInput {...props} />
        </FormValueProvider>
      </ThemeProvider>
    )
    return { html: renderToStaticMarkup(element), renderDefault, props }
  }

  it('shows the usual tags input, then the forms the name already gives and the aliases adding nothing', async () => {
    const { html, renderDefault, props } = await renderInput({
      name: 'Nam Yoon-su',
      nativeName: '남윤수',
      aliases: ['Nam Yoon Su', 'Nam Yoon-soo'],
    })
    expect(renderDefault).toHaveBeenCalledWith(props)
    const text = html.replace(/<[^>]+>/g, '\n')
    expect(html.indexOf('data-default-input="tags"')).toBeLessThan(html.indexOf('Readers already find this name by:'))
    expect(text).toContain('Nam Yoon-su\n: nam yoon-su · nam yoonsu · namyoonsu · yoonsu')
    expect(text).toMatch(/남윤수\n: 남윤수 · 윤수 · 남 윤수 · nam yun-su · [^\n]*yunsu/)
    expect(text).toContain(
      '“Nam Yoon Su” adds nothing new: readers already find every form of it through “Nam Yoon-su”.',
    )
    expect(text).not.toContain('“Nam Yoon-soo” adds nothing new')
  })

  it('works on a character, which has no native name', async () => {
    const { html } = await renderInput({ name: 'Go Young', aliases: ['Go Yeong', 'Young', '고영', 'Ko Yeong'] })
    const text = html.replace(/<[^>]+>/g, '\n')
    expect(text).toContain('Go Young\n: go young · goyoung')
    expect(text).toContain('“Go Yeong” adds nothing new: readers already find every form of it through “고영”.')
    expect(text).toContain('“Young” adds nothing new: readers already find every form of it through “Go Young”.')
    expect(text).not.toContain('“Ko Yeong” adds nothing new')
  })

  it('asks for the name before there is anything to show', async () => {
    const { html } = await renderInput({ aliases: [] })
    expect(html).toContain('Fill in the name to see the spellings readers already find it by.')
    expect(html).not.toContain('Readers already find this name by:')
  })
})
