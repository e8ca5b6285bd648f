/**
 * Pieces every JSON-LD builder shares: people as schema.org `Person` nodes with their page on
 * this site, images as absolute URLs, Portable Text as plain text without spoilers.
 */
import { toPlainText } from '@portabletext/react'
import type { Person } from 'schema-dts'

import { imageUrl } from '@/lib/content/image'
import { hrefForDocument } from '@/lib/routes'

import { cleanText, summarize } from '../clean-text'
import { absoluteUrl } from '../site-url'

export type ContentImageSource = Parameters<typeof imageUrl>[0]

export interface PersonReference {
  name?: string | null
  slug?: string | null
}

/** A cast or crew member (`person`) or a critic (`critic`) as a `Person` with the page we keep on them. */
export function personNode(
  person: PersonReference | null | undefined,
  kind: 'person' | 'critic' = 'person',
): Person | null {
  const name = cleanText(person?.name)
  if (!name) return null
  const path = hrefForDocument({ _type: kind, slug: person?.slug })
  return path ? { '@type': 'Person', name, url: absoluteUrl(path) } : { '@type': 'Person', name }
}

/** People in order of first appearance, each once (a director of two arcs is one director). */
export function uniquePeople(people: Array<PersonReference | null | undefined>): Person[] {
  const seen = new Set<string>()
  const nodes: Person[] = []
  for (const person of people) {
    const node = personNode(person)
    if (!node) continue
    const key = person?.slug ?? (node as { name: string }).name
    if (seen.has(key)) continue
    seen.add(key)
    nodes.push(node)
  }
  return nodes
}

/** The absolute URL of an editor's image, or undefined when there is none. */
export function imageAbsoluteUrl(
  image: ContentImageSource | null | undefined,
  width: number,
  height?: number,
): string | undefined {
  if (!image) return undefined
  const url = imageUrl(image, height ? { width, height } : { width })
  return url ? absoluteUrl(url) : undefined
}

type PortableTextInput = Parameters<typeof toPlainText>[0]

/**
 * Portable Text as a one-line summary. Only text blocks count: spoiler blocks, pull quotes and
 * images are left out, so a description never gives away what the page hides behind a spoiler.
 */
export function portableTextSummary(
  blocks: ReadonlyArray<{ _type: string }> | null | undefined,
  max = 300,
): string | null {
  if (!blocks?.length) return null
  const textBlocks = blocks.filter((block) => block._type === 'block') as unknown as PortableTextInput
  return summarize(toPlainText(textBlocks), max)
}

/** Drops keys whose value is undefined, null, '' or [], so the JSON-LD carries only what we know. */
export function withoutEmpty<T extends object>(node: T): T {
  const entries = Object.entries(node).filter(([, value]) => {
    if (value === undefined || value === null || value === '') return false
    if (Array.isArray(value) && value.length === 0) return false
    return true
  })
  return Object.fromEntries(entries) as T
}

/** A date-only value (YYYY-MM-DD) or full timestamp, cleaned; undefined when missing. */
export function isoDate(value: string | null | undefined): string | undefined {
  const text = cleanText(value)
  return text && /^\d{4}-\d{2}-\d{2}/.test(text) ? text : undefined
}
