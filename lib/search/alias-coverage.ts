/**
 * What an editor's aliases add to the forms the search already generates from a name (see nameForms),
 * shown beside the Studio's alias field so editors add only spellings readers could not find otherwise.
 */
import { nameForms, normalizeName } from './name-forms'

export interface GeneratedForms {
  /** The name or native name as written, e.g. "남윤수". */
  written: string
  /** The forms it gives that no earlier source gave and no alias already lists. */
  forms: string[]
}

export interface RedundantAlias {
  alias: string
  /** The name, native name or alias whose forms include every form of this one. */
  coveredBy: string
}

export interface AliasCoverage {
  generated: GeneratedForms[]
  redundant: RedundantAlias[]
}

interface NamedDocument {
  name?: string | null
  nativeName?: string | null
  /** As the form holds them: anything that is not text is skipped. */
  aliases?: readonly unknown[] | null
}

const includesAll = (covering: ReadonlySet<string>, forms: ReadonlySet<string>) =>
  [...forms].every((form) => covering.has(form))

const withForms = (written: string) => ({ written, forms: new Set(nameForms(written)) })

/** The filled-in texts among form values, trimmed. */
const texts = (values: readonly unknown[]) =>
  values.flatMap((value) => (typeof value === 'string' && value.trim() ? [value.trim()] : []))

/**
 * An alias adds nothing new when every form it is indexed by is already a form of the name, the
 * native name or another alias (e.g. "Go Yeong" beside "고영", whose romanization it is). Only exact
 * forms count: the search's typo tolerance is for readers' slips, not for spellings the press prints.
 * Of two aliases with the same forms the first one stays, so removing every redundant alias loses no
 * form; an alias is said to be covered by the widest one, which is never redundant itself.
 */
export function aliasCoverage({ name, nativeName, aliases }: NamedDocument): AliasCoverage {
  const names = texts([name, nativeName]).map(withForms)
  const listed = texts(aliases ?? []).map(withForms)
  const aliasSpellings = new Set(listed.map(({ written }) => normalizeName(written)))

  const seen = new Set<string>()
  const generated: GeneratedForms[] = []
  for (const { written, forms } of names) {
    const fresh = [...forms].filter((form) => !seen.has(form) && !aliasSpellings.has(form))
    forms.forEach((form) => seen.add(form))
    if (fresh.length > 0) generated.push({ written, forms: fresh })
  }

  const redundant = listed.flatMap((alias, index) => {
    const otherAliases = listed.filter(
      (other, otherIndex) => otherIndex !== index && (otherIndex < index || other.forms.size > alias.forms.size),
    )
    const widestFirst = otherAliases.sort((a, b) => b.forms.size - a.forms.size)
    const covering = [...names, ...widestFirst].find((candidate) => includesAll(candidate.forms, alias.forms))
    return covering ? [{ alias: alias.written, coveredBy: covering.written }] : []
  })
  return { generated, redundant }
}
