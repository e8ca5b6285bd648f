/**
 * Rules that hold a reader's post for a moderator instead of publishing it: a link (the usual
 * spam payload) or a term from the moderators' list. Held posts wait in the moderation queue.
 */

/** The list a new database starts with; moderators edit it at /moderation/terms. */
export const DEFAULT_HELD_TERMS = [
  'asshole',
  'bitch',
  'bullshit',
  'cunt',
  'dickhead',
  'faggot',
  'fuck',
  'fucking',
  'kill yourself',
  'motherfucker',
  'retard',
  'shit',
  'slut',
  'whore',
]

const LINK_DOMAINS = 'com|net|org|info|biz|io|co|kr|me|ly|xyz|site|online|app|link|shop|top'
const LINK = new RegExp(`\\bhttps?://|\\bwww\\.[a-z0-9-]|\\b[a-z0-9-]{2,}\\.(?:${LINK_DOMAINS})\\b`, 'i')

const HANGUL = /[\u1100-\u11ff\u3130-\u318f\uac00-\ud7af]/

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}

/**
 * Whether `text` holds `term`: as a whole word (so "shiitake" passes "shit"), except for Hangul
 * terms, which match inside words because Korean attaches particles and endings to them.
 */
export function containsTerm(text: string, term: string): boolean {
  const wanted = term.normalize('NFKC').trim().toLowerCase()
  if (!wanted) return false
  const haystack = text.normalize('NFKC').toLowerCase()
  if (HANGUL.test(wanted)) return haystack.includes(wanted)
  const spaced = escapeRegExp(wanted).replace(/\s+/g, '\\s+')
  return new RegExp(`(?<![\\p{L}\\p{N}])${spaced}(?![\\p{L}\\p{N}])`, 'u').test(haystack)
}

/** Why a post is held for a moderator, or null when the rules let it through. */
export function holdReason(texts: string[], terms: readonly string[]): string | null {
  const text = texts.join('\n')
  if (LINK.test(text)) return 'Contains a link.'
  const term = terms.find((candidate) => containsTerm(text, candidate))
  return term ? `Contains a held term: "${term}".` : null
}
