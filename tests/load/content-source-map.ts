/**
 * The Content Source Map the query API adds when asked (`resultSourceMap=withKeyArraySelector`),
 * built for the stub from a real GROQ result and the documents it came from. groq-js keeps no
 * provenance, so this follows the site's projections: inside a result object with an `_id`, a field
 * is mapped to the same field of that document (arrays matched by `_key`, else by position) when
 * the values are equal, or else to the one place in the document holding that string (`"slug":
 * slug.current`). Values computed by the query (`->` into a document without projecting its `_id`,
 * `coalesce` of several fields, counts) stay unmapped; the API maps only values that come from a
 * document. The format is the API's: https://www.sanity.io/docs/content-source-maps
 */
import { isDeepStrictEqual } from 'node:util'
import type { ContentSourceMap } from 'next-sanity'
import type { DatasetDocument } from '@/lib/content/dataset-loader'
import type { ContentPerspective } from '@/lib/content/perspective'

type Segment = string | number | { _key: string }

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** `$['body'][0]`: how the API names a place in the result (array items by position). */
function resultPath(segments: readonly (string | number)[]): string {
  return `$${segments.map((s) => (typeof s === 'number' ? `[${s}]` : `['${s.replace(/['\\]/g, '\\$&')}']`)).join('')}`
}

/** `$['body'][?(@._key=='a1')]`: how the API names a place in a document, keyed items by key. */
function sourcePath(segments: readonly Segment[]): string {
  return `$${segments
    .map((s) =>
      typeof s === 'number'
        ? `[${s}]`
        : typeof s === 'string'
          ? `['${s.replace(/['\\]/g, '\\$&')}']`
          : `[?(@._key=='${s._key.replace(/['\\]/g, '\\$&')}')]`,
    )
    .join('')}`
}

/** Every place in a document holding exactly this string. */
function placesOf(value: string, node: unknown, at: Segment[] = [], found: Segment[][] = []): Segment[][] {
  if (typeof node === 'string' && node === value) found.push(at)
  else if (Array.isArray(node))
    node.forEach((item, index) =>
      placesOf(
        value,
        item,
        at.concat(isRecord(item) && typeof item._key === 'string' ? { _key: item._key } : index),
        found,
      ),
    )
  else if (isRecord(node))
    for (const [key, child] of Object.entries(node))
      if (!key.startsWith('_')) placesOf(value, child, at.concat(key), found)
  return found
}

export function contentSourceMapFor(
  result: unknown,
  documents: readonly DatasetDocument[],
  perspective: ContentPerspective,
): ContentSourceMap {
  const byId = new Map(documents.map((doc) => [doc._id, doc]))
  const sourceMap: ContentSourceMap = { documents: [], paths: [], mappings: {} }
  const documentIndex = new Map<string, number>()
  const pathIndex = new Map<string, number>()

  const indexOf = <T>(seen: Map<string, number>, list: T[], key: string, item: T) => {
    if (!seen.has(key)) seen.set(key, list.push(item) - 1)
    return seen.get(key)!
  }
  const map = (at: (string | number)[], doc: DatasetDocument, place: Segment[]) => {
    sourceMap.mappings[resultPath(at)] = {
      type: 'value',
      source: {
        type: 'documentValue',
        document: indexOf(documentIndex, sourceMap.documents, doc._id, { _id: doc._id, _type: doc._type }),
        path: indexOf(pathIndex, sourceMap.paths, sourcePath(place), sourcePath(place)),
      },
    }
  }
  // The drafts perspective shows a document's draft, under its published id.
  const sourceOf = (id: string) => (perspective === 'drafts' ? byId.get(`drafts.${id}`) : undefined) ?? byId.get(id)

  // `from`: the document a result value was projected from, where in it, and what is there.
  interface From {
    doc: DatasetDocument
    place: Segment[]
    value: unknown
  }
  const walk = (node: unknown, at: (string | number)[], from: From | undefined): void => {
    if (Array.isArray(node)) {
      const items = Array.isArray(from?.value) ? (from.value as unknown[]) : []
      return node.forEach((item, index) => {
        // Projected arrays keep their items' keys; unkeyed ones are matched by position.
        const key = isRecord(item) && typeof item._key === 'string' ? item._key : undefined
        const position =
          key === undefined ? index : items.findIndex((source) => isRecord(source) && source._key === key)
        const segment: Segment = key === undefined ? index : { _key: key }
        const itemFrom =
          from && position >= 0 && position < items.length
            ? { ...from, place: from.place.concat(segment), value: items[position] }
            : undefined
        walk(item, at.concat(index), itemFrom)
      })
    }
    if (!isRecord(node)) return
    const doc = typeof node._id === 'string' ? sourceOf(node._id) : undefined
    if (doc) from = { doc, place: [], value: doc }
    for (const [key, value] of Object.entries(node)) {
      const source = from && isRecord(from.value) && key in from.value ? from.value[key] : undefined
      if (from && source !== undefined) {
        if (isDeepStrictEqual(value, source)) map(at.concat(key), from.doc, from.place.concat(key))
        else walk(value, at.concat(key), { ...from, place: from.place.concat(key), value: source })
        continue
      }
      const places = from && typeof value === 'string' ? placesOf(value, from.doc) : []
      if (from && places.length === 1) map(at.concat(key), from.doc, places[0])
      else walk(value, at.concat(key), undefined)
    }
  }
  walk(result, [], undefined)
  return sourceMap
}
