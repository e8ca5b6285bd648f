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

describe('spoiler markers in the Studio', () => {
  function field(typeName: string, fieldName: string) {
    const type = schema.get(typeName) as ObjectSchemaType
    const found = type.fields.find((candidate) => candidate.name === fieldName)
    expect(found, `${typeName}.${fieldName} exists`).toBeDefined()
    return found!.type
  }

  it.each([
    ['review', 'titleRevealsUpTo', 'spoilerFreeTitle'],
    ['review', 'verdictRevealsUpTo', 'spoilerFreeVerdict'],
    ['character', 'descriptionRevealsUpTo', 'spoilerFreeDescription'],
    ['article', 'revealsUpToEpisode', 'spoilerFreeExcerpt'],
    ['aspectScore', 'revealsUpToEpisode', 'spoilerFreeVerdict'],
    ['verdictPoint', 'revealsUpToEpisode', 'spoilerFreeText'],
  ])(
    '%s has a "Reveals up to episode" number (%s) beside its spoiler-free version (%s)',
    (typeName, marker, spoilerFree) => {
      const markerType = field(typeName, marker)
      expect(markerType.jsonType).toBe('number')
      expect(markerType.title).toBe('Reveals up to episode')
      expect(markerType.description).toMatch(/episode/)
      expect(field(typeName, spoilerFree).jsonType).toBe('string')
    },
  )

  it('explains the defaults of a review’s markers where the editor sets them', () => {
    for (const name of ['titleRevealsUpTo', 'verdictRevealsUpTo']) {
      const description = String(field('review', name).description)
      expect(description).toContain('an episode review reveals its episode')
      expect(description).toContain('an ending explained the last episode of the series')
    }
  })

  it('lets pros and cons carry a marker each', () => {
    for (const name of ['pros', 'cons']) {
      const list = field('review', name) as unknown as { of: { name: string }[] }
      expect(list.of.map((member) => member.name)).toEqual(['verdictPoint'])
    }
  })

  it('gives arcs a spoiler-free summary; their own episodes are the marker', () => {
    expect(field('arc', 'spoilerFreeSummary').jsonType).toBe('string')
    expect(String(field('arc', 'summary').description)).toMatch(/reveals up to the arc’s last episode/)
  })

  it('shows the marker in the previews of aspect scores and pros', () => {
    expect(
      prepare('aspectScore', { aspect: 'Ending', score: 8.9, verdict: 'Sad, by design', revealsUpTo: 8 }).subtitle,
    ).toBe('Reveals ep. 8 · Sad, by design')
    expect(prepare('aspectScore', { aspect: 'Acting', score: 9.6, verdict: 'Sensational' }).subtitle).toBe(
      'Sensational',
    )
    expect(prepare('verdictPoint', { text: 'A brave disclosure', revealsUpTo: 5 })).toEqual({
      title: 'A brave disclosure',
      subtitle: 'Reveals up to episode 5',
    })
  })
})
