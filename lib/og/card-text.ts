/**
 * Text on a share card is limited to what the bundled Latin fonts can draw. The image renderer
 * fetches a font from Google for any other character (Korean, emoji), and cards must be drawn
 * without the network, so such characters are dropped and the spacing they leave is tidied.
 */

// The Latin subset the card fonts ship (fontsource's "latin" unicode-range).
const DRAWABLE = new RegExp(
  '[\\u0000-\\u00FF\\u0131\\u0152\\u0153\\u02BB\\u02BC\\u02C6\\u02DA\\u02DC\\u0304\\u0308\\u0329' +
    '\\u2000-\\u206F\\u20AC\\u2122\\u2191\\u2193\\u2212\\u2215\\uFEFF\\uFFFD]',
  'u',
)

export function drawableText(value: string | null | undefined): string {
  if (!value) return ''
  const kept = Array.from(value.normalize('NFC'))
    .filter((char) => DRAWABLE.test(char))
    .join('')
  return kept
    .replace(/\(\s*\)|\[\s*\]/g, '')
    .replace(/\s+/g, ' ')
    .trim()
}

/** Shortens to `max` characters at a word boundary so a long title never runs off the card. */
export function fitText(value: string, max: number): string {
  if (value.length <= max) return value
  const cut = value.slice(0, max - 1)
  const lastSpace = cut.lastIndexOf(' ')
  return `${(lastSpace > max * 0.6 ? cut.slice(0, lastSpace) : cut).replace(/[\s,;:.–—-]+$/, '')}…`
}
