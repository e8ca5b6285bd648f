import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { loadDatasetFile } from '@/lib/content/dataset-loader'
import { aliasCoverage } from '@/lib/search/alias-coverage'
import { nameForms } from '@/lib/search/name-forms'

const { documents } = loadDatasetFile(path.resolve('sanity/seed/dataset.ndjson'))

interface Named {
  _id: string
  name?: string
  nativeName?: string
  aliases?: string[]
}

function named(id: string): Named {
  const document = documents.find((candidate) => candidate._id === id)
  if (!document) throw new Error(`No document ${id} in the bundled dataset`)
  return document as unknown as Named
}

/** Every form the search indexes for a document's names and aliases. */
function indexedForms(texts: (string | undefined)[]): Set<string> {
  return new Set(texts.flatMap((text) => (text ? nameForms(text) : [])))
}

describe('alias coverage', () => {
  it('lists what Nam Yoon-su and 남윤수 already give, and that "Nam Yoon Su" adds nothing', () => {
    const person = named('person-nam-yoon-su')
    expect(person).toMatchObject({
      name: 'Nam Yoon-su',
      nativeName: '남윤수',
      aliases: ['Nam Yoon Su', 'Nam Yoon-soo'],
    })
    const { generated, redundant } = aliasCoverage(person)

    expect(generated.map((group) => group.written)).toEqual(['Nam Yoon-su', '남윤수'])
    // "nam yoon su" is a generated form, but the alias tags already show it.
    expect(generated[0].forms).toEqual(['nam yoon-su', 'nam yoonsu', 'namyoonsu', 'yoonsu'])
    expect(generated[1].forms).toEqual(expect.arrayContaining(['남윤수', '윤수', 'nam yun-su', 'namyunsu', 'yunsu']))
    expect(redundant).toEqual([{ alias: 'Nam Yoon Su', coveredBy: 'Nam Yoon-su' }])
  })

  it('never shows a form twice, nor one an alias already lists', () => {
    const { generated } = aliasCoverage({ name: 'Nam Yun-su', nativeName: '남윤수', aliases: ['Yunsu'] })
    const shown = generated.flatMap((group) => group.forms)
    expect(shown).toHaveLength(new Set(shown).size)
    expect(shown).toContain('nam yun-su')
    expect(shown).not.toContain('yunsu')
    expect(generated.find((group) => group.written === '남윤수')?.forms).not.toContain('nam yun-su')
  })

  it('keeps the press spelling "Park", which the official romanization of 박 (Bak) cannot give', () => {
    const person = named('person-park-sang-young')
    expect(person).toMatchObject({ nativeName: '박상영', aliases: ['Sang Young Park', 'Park Sang Young'] })
    expect(aliasCoverage(person).redundant).toEqual([{ alias: 'Park Sang Young', coveredBy: 'Park Sang-young' }])

    const fromHangulOnly = aliasCoverage({ nativeName: '박상영', aliases: ['Park Sang-young'] })
    expect(fromHangulOnly.redundant).toEqual([])
    expect(fromHangulOnly.generated[0].forms).toContain('bak sang-yeong')
    expect(fromHangulOnly.generated[0].forms.some((form) => form.includes('park'))).toBe(false)
  })

  it('says an alias adds nothing when another alias gives all its forms, naming the widest one', () => {
    const character = named('character-go-young')
    expect(character).toMatchObject({ name: 'Go Young', aliases: ['Go Yeong', 'Ko Yeong', 'Young', 'Yeong', '고영'] })
    expect(aliasCoverage(character).redundant).toEqual([
      { alias: 'Go Yeong', coveredBy: '고영' },
      { alias: 'Young', coveredBy: 'Go Young' },
      { alias: 'Yeong', coveredBy: '고영' },
    ])
    expect(aliasCoverage({ aliases: ['Yeong', 'Go Yeong'] }).redundant).toEqual([
      { alias: 'Yeong', coveredBy: 'Go Yeong' },
    ])
    // Of aliases with the same forms, the first stays.
    expect(aliasCoverage({ aliases: ['Mi Ae', 'mi ae'] }).redundant).toEqual([{ alias: 'mi ae', coveredBy: 'Mi Ae' }])
  })

  it('counts the given name alone as new where the name does not give it as spelt', () => {
    const character = named('character-kim-nam-gyu')
    expect(character.aliases).toEqual(['Nam Kyu', 'Nam-gyu'])
    expect(aliasCoverage(character)).toEqual({
      generated: [
        { written: 'Kim Nam-gyu', forms: ['kim nam-gyu', 'kim namgyu', 'kim nam gyu', 'kimnamgyu', 'namgyu'] },
      ],
      redundant: [],
    })
  })

  it('skips empty and non-text values as the form may hold them', () => {
    expect(aliasCoverage({ name: '  ', nativeName: null, aliases: [' ', 3, null, 'Nam Yoon-su'] })).toEqual({
      generated: [],
      redundant: [],
    })
  })

  it('never flags an alias whose removal would lose a form, on every document of the bundled dataset', () => {
    const withAliases = (documents as unknown as Named[]).filter((document) => document.aliases?.length)
    expect(withAliases.length).toBeGreaterThan(20)
    let flagged = 0
    for (const document of withAliases) {
      const { redundant } = aliasCoverage(document)
      flagged += redundant.length
      const kept = document.aliases!.filter((alias) => !redundant.some((item) => item.alias === alias))
      expect(indexedForms([document.name, document.nativeName, ...kept]), document._id).toEqual(
        indexedForms([document.name, document.nativeName, ...document.aliases!]),
      )
    }
    expect(flagged).toBeGreaterThan(0)
  })
})
