import type { ObjectSchemaType, PreviewConfig, Schema, SchemaTypeDefinition } from 'sanity'
import { beforeAll, describe, expect, it } from 'vitest'
import { REVIEW_KINDS } from '@/lib/review-kinds'
import { SPOILER_LEVELS } from '@/lib/spoiler-levels'
import { loadStudioSchema } from '@/sanity/validation/validateDocuments'

let sanity: Awaited<ReturnType<typeof loadStudioSchema>>['sanity']
let schema: Schema
let schemaTypes: SchemaTypeDefinition[]

beforeAll(async () => {
  ;({ sanity, schema } = await loadStudioSchema())
  ;({ schemaTypes } = await import('@/sanity/schemaTypes'))
}, 60_000)

/** Problems Sanity's schema validator found, the same list the Studio shows on its error screen. */
function problemsIn(compiled: Schema) {
  expect(compiled._validation, 'createSchema attaches its validation result').toBeDefined()
  return (compiled._validation ?? []).flatMap((group) =>
    group.problems.map((problem) => ({
      at: group.path.map((segment) => ('name' in segment ? segment.name : '')).join(' > '),
      severity: problem.severity,
      message: problem.message,
    })),
  )
}

describe('Sanity schema validator', () => {
  it('finds no errors and no warnings in the Studio schema', () => {
    expect(problemsIn(schema)).toEqual([])
  })

  it('would report a broken type, so the check above is real', () => {
    const broken = sanity.createSchema({
      name: 'control',
      types: [...schemaTypes, { name: 'brokenReview', type: 'document', fields: [{ name: 'score', type: 'nope' }] }],
    })
    expect(problemsIn(broken)).toContainEqual(
      expect.objectContaining({ severity: 'error', at: expect.stringContaining('brokenReview') }),
    )
  })
})

describe('document types', () => {
  const FIXED_NAMES = ['series', 'episode', 'person', 'character', 'review', 'critic', 'article', 'siteSettings']

  it('are exactly the names the dataset, queries and webhooks rely on', () => {
    const documentTypes = schemaTypes.filter((type) => type.type === 'document').map((type) => type.name)
    expect(documentTypes.sort()).toEqual([...FIXED_NAMES].sort())
  })

  it('all have an icon, as do the object types', () => {
    const withoutIcon = schemaTypes.filter((type) => !('icon' in type) || !type.icon).map((type) => type.name)
    expect(withoutIcon).toEqual([])
  })
})

function prepare(typeName: string, selection: Record<string, unknown>) {
  const type = schema.get(typeName) as ObjectSchemaType
  const preview = type.preview as PreviewConfig
  expect(preview.prepare, `${typeName} has a prepare function`).toBeTypeOf('function')
  return preview.prepare!(selection)
}

describe('review options', () => {
  const optionsOf = (field: string) => {
    const review = schema.get('review') as ObjectSchemaType
    return (review.fields.find((candidate) => candidate.name === field)?.type.options as { list?: unknown })?.list
  }

  it('offers the review kinds and spoiler levels with the labels readers see on the site', () => {
    expect(optionsOf('kind')).toEqual(REVIEW_KINDS)
    expect(optionsOf('spoilerLevel')).toEqual(SPOILER_LEVELS)
  })
})

describe('list previews tell documents apart', () => {
  it('shows a review kind, the episodes covered and the score with its band', () => {
    const result = prepare('review', {
      title: 'Episode 2',
      kind: 'episode',
      score: 7.8,
      first: 2,
      last: 2,
      seriesTitle: 'City Hearts',
    })
    expect(result.subtitle).toBe('Episode review · Ep. 2 · 7.8/10 Recommended · City Hearts')
    expect(result.media).toBeTruthy()
  })

  it('shows no episode range on a whole-series review', () => {
    const result = prepare('review', { title: 'Verdict', kind: 'series', score: 9.3, seriesTitle: 'City Hearts' })
    expect(result.subtitle).toBe('Series review · 9.3/10 Must watch · City Hearts')
  })

  it('numbers episodes', () => {
    expect(prepare('episode', { number: 3, title: 'The philosophy class', seriesTitle: 'City Hearts' }).title).toBe(
      'Episode 3: The philosophy class',
    )
  })

  it('shows a person’s birth year', () => {
    expect(prepare('person', { name: 'Kim Min-jun', nativeName: '김민준', birthDate: '1997-07-14' }).subtitle).toBe(
      '김민준 · born 1997',
    )
  })

  it('shows a series’ year and episode count', () => {
    expect(
      prepare('series', { title: 'City Hearts', originalTitle: '도시의 마음', year: 2024, episodeCount: 8 }).subtitle,
    ).toBe('도시의 마음 · 2024 · 8 episodes')
  })
})
