/**
 * How text becomes search terms, the same way for what is indexed and what readers type: lower
 * case, accents folded (Lucía = lucia), split at spaces and punctuation, so "Yoon-su" is "yoon" +
 * "su" and its joined form "yoonsu" comes from name-forms.ts. Hangul words are also indexed from
 * every syllable on, because Korean attaches particles to the end of a word (대도시의) and readers
 * may type any part of it; the query's last term then matches as a prefix.
 *
 * An episode named by number is one term however it is written ("Episode 3", "ep. 3", "E3", "3화"
 * are all "ep3"), so it finds that episode without matching every document with "episode" in it.
 */
const SPACE_OR_PUNCTUATION = /[\n\r\p{Z}\p{P}\p{S}]+/u
const HANGUL_WORD = /^[\uac00-\ud7a3]+$/
const COMBINING_MARKS = /[\u0300-\u036f]/g

const EPISODE_WORD = /^(?:episodes?|ep|e)$/i
const EPISODE_JOINED = /^(?:episode|ep|e)(\d{1,4})$|^(\d{1,4})[화회]$/i
const NUMBER = /^\d{1,4}$/

export function tokenize(text: string): string[] {
  const words = text.split(SPACE_OR_PUNCTUATION).filter(Boolean)
  const terms: string[] = []
  for (let i = 0; i < words.length; i += 1) {
    const joined = EPISODE_JOINED.exec(words[i])
    if (joined) terms.push(`ep${Number(joined[1] ?? joined[2])}`)
    else if (EPISODE_WORD.test(words[i]) && NUMBER.test(words[i + 1] ?? '')) terms.push(`ep${Number(words[++i])}`)
    else terms.push(words[i])
  }
  return terms
}

export function isNumberTerm(term: string): boolean {
  return NUMBER.test(term)
}

/** One typed or indexed word as a term. NFC after NFD folds accents and leaves Hangul syllables whole. */
export function normalizeTerm(term: string): string {
  return term.normalize('NFKD').replace(COMBINING_MARKS, '').normalize('NFC').toLowerCase()
}

/** A word as the index holds it: the term, and for Hangul words of three syllables or more each tail. */
export function indexTerms(word: string): string[] {
  const term = normalizeTerm(word)
  if (!HANGUL_WORD.test(term) || term.length < 3) return [term]
  const tails = [...term].map((_, start) => term.slice(start)).filter((tail) => tail.length >= 2)
  return tails
}

export function isHangulTerm(term: string): boolean {
  return HANGUL_WORD.test(term)
}

/** A whole phrase with spacing and punctuation dropped, for exact matches: "Nam Yoon-su" -> "namyoonsu". */
export function compactForm(text: string): string {
  return tokenize(text).map(normalizeTerm).join('')
}
