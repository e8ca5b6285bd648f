/**
 * The forms a reader may type a Korean name in: Hangul, the Revised Romanization generated from it,
 * and the spellings with or without hyphens and spaces. Names are romanized a syllable at a time,
 * family name apart from given name, as the official rules for names say: es-hangul's `romanize`
 * applies sound changes across a whole word (남윤수 -> "namnyunsu"), which is right for words and
 * wrong for names. Press spellings it cannot guess (Park, Kim, Lee, Yoon) are editors' aliases.
 */
import { romanize } from 'es-hangul'

const HANGUL_SYLLABLES = /^[\uac00-\ud7a3]+$/
/** Family names of two syllables; every other family name is one syllable. */
const TWO_SYLLABLE_FAMILY_NAMES = new Set(['남궁', '황보', '제갈', '선우', '독고', '사공', '서문', '동방'])

export function normalizeName(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim()
}

/** "yun-su" for 윤수: each syllable romanized alone, joined by hyphens. */
function romanizeSyllables(hangul: string, joiner: string): string {
  return [...hangul].map((syllable) => romanize(syllable)).join(joiner)
}

/** A Korean personal name in Hangul split into family and given name (남윤수 -> 남 + 윤수). */
export function splitKoreanName(name: string): { family: string; given: string } | null {
  const compact = name.replace(/\s+/g, '')
  if (!HANGUL_SYLLABLES.test(compact) || compact.length < 2 || compact.length > 5) return null
  const familyLength = compact.length >= 3 && TWO_SYLLABLE_FAMILY_NAMES.has(compact.slice(0, 2)) ? 2 : 1
  return { family: compact.slice(0, familyLength), given: compact.slice(familyLength) }
}

/** Spelling variants of a romanized name: with and without hyphens, spaces joined or not. */
function spellingVariants(romanized: string): string[] {
  const spaced = normalizeName(romanized.replace(/-/g, ' '))
  const unhyphenated = normalizeName(romanized.replace(/-/g, ''))
  return [normalizeName(romanized), unhyphenated, spaced, spaced.replace(/ /g, '')]
}

/** Every form a name is found by, without repeats; the name as written comes first. */
export function nameForms(name: string): string[] {
  const written = normalizeName(name)
  const forms = [written]
  const korean = splitKoreanName(written)
  if (korean) {
    const family = romanizeSyllables(korean.family, '')
    forms.push(
      korean.given,
      // Some readers space the family name off: 남 윤수.
      `${korean.family} ${korean.given}`,
      ...spellingVariants(`${family} ${romanizeSyllables(korean.given, '-')}`),
      ...spellingVariants(romanizeSyllables(korean.given, '-')),
    )
  } else if (/[a-z]/.test(written)) {
    forms.push(...spellingVariants(written))
    // The given name alone, joined: "Nam Yoon-su" is also found by "yoonsu".
    const [, ...given] = written.split(' ')
    if (given.length && /^[a-z -]+$/.test(written)) forms.push(given.join('').replace(/-/g, ''))
  }
  return [...new Set(forms.filter(Boolean))]
}
