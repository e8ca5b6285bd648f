import { toPlainText, type PortableTextBlock } from '@portabletext/react'
import { stegaClean } from 'next-sanity'

export interface HeadingAnchor {
  /** The block's _key, so the renderer can find its id. */
  key: string
  id: string
  text: string
  level: 2 | 3
}

const anchoredStyles = { h2: 2, h3: 3 } as const

/**
 * Readable, URL-safe id from heading text; keeps Hangul and other letters so Korean headings get real ids.
 * Stega marks (draft mode on the Content Lake) are dropped, so a draft's anchors match the published page's.
 */
export function slugifyHeading(text: string): string {
  const slug = stegaClean(text)
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    // Recompose what NFKD split apart but is not an accent, such as Hangul syllables.
    .normalize('NFC')
    .toLowerCase()
    .replace(/['’]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80)
    .replace(/-+$/, '')
  return slug || 'section'
}

function isBlock(value: unknown): value is PortableTextBlock & { _key?: string; style?: string } {
  return typeof value === 'object' && value !== null && (value as { _type?: unknown })._type === 'block'
}

/**
 * Ids for every h2/h3 in a body, in reading order. The same body always gets the same ids (links
 * to a section keep working), and repeated headings get -2, -3 ... so ids are unique on the page.
 * `prefix` keeps several bodies on one page apart; `reserved` are ids the page already uses.
 */
export function headingAnchors(
  value: readonly unknown[] | null | undefined,
  options: { prefix?: string; reserved?: Iterable<string> } = {},
): HeadingAnchor[] {
  const taken = new Set(options.reserved ?? [])
  const anchors: HeadingAnchor[] = []
  for (const [index, block] of (value ?? []).entries()) {
    if (!isBlock(block) || !block.style || !(block.style in anchoredStyles)) continue
    const text = toPlainText(block).trim()
    const base = `${options.prefix ? `${options.prefix}-` : ''}${slugifyHeading(text)}`
    let id = base
    for (let n = 2; taken.has(id); n += 1) id = `${base}-${n}`
    taken.add(id)
    anchors.push({
      key: block._key ?? `index-${index}`,
      id,
      text,
      level: anchoredStyles[block.style as keyof typeof anchoredStyles],
    })
  }
  return anchors
}
