/**
 * One perspective's view of a loaded dataset, with the lookups the query planner serves `*[...]`
 * filters from: documents by type, by attribute value and by the ids they reference. Lookups are
 * built on first use and kept for the life of the view (a view never changes; a new file gives a
 * new view).
 */
import type { DatasetDocument } from '../dataset-loader'
import { type ContentPerspective, isDraftId, publishedIdOf } from '../perspective'
import { ANY_TYPE, type Lookup, VALUE_SEPARATOR } from './query-planner'

export type ViewDocument = Readonly<DatasetDocument>

const NO_DOCUMENTS: readonly ViewDocument[] = Object.freeze([])
// Bounds memory when many distinct values are looked up; lists are cheap to rebuild.
const MAX_PREPARED_LISTS = 50_000

export class DatasetView {
  readonly perspective: ContentPerspective
  /** Every visible document, in dataset order. */
  readonly documents: readonly ViewDocument[]
  readonly byId: ReadonlyMap<string, ViewDocument>
  private readonly position = new Map<ViewDocument, number>()
  private readonly typePartitions = new Map<string, readonly ViewDocument[]>()
  private readonly preparedLists = new Map<string, readonly ViewDocument[]>()
  private readonly valueIndexes = new Map<string, Map<string, ViewDocument[]>>()
  private readonly referenceIndexes = new Map<string, Map<string, ViewDocument[]>>()

  constructor(perspective: ContentPerspective, documents: readonly ViewDocument[]) {
    this.perspective = perspective
    this.documents = Object.freeze([...documents])
    this.byId = new Map(documents.map((doc) => [doc._id, doc]))
    this.documents.forEach((doc, index) => this.position.set(doc, index))
    for (const doc of this.documents) {
      const partition = this.typePartitions.get(doc._type) as ViewDocument[] | undefined
      if (partition) partition.push(doc)
      else this.typePartitions.set(doc._type, [doc])
    }
    for (const partition of this.typePartitions.values()) Object.freeze(partition)
  }

  /** Documents of one type, or all of them for `*`. */
  ofType(type: string): readonly ViewDocument[] {
    if (type === ANY_TYPE) return this.documents
    return this.typePartitions.get(type) ?? NO_DOCUMENTS
  }

  /**
   * The documents a planned lookup asks for. Lists without a match value are prepared once
   * (`key` identifies them); matched lists are small and filtered and sorted on each call.
   */
  lookup(lookup: Lookup, key: string, value?: string): readonly ViewDocument[] {
    if (!lookup.match) {
      let prepared = this.preparedLists.get(key)
      if (!prepared) {
        prepared = Object.freeze(this.refine(this.ofType(lookup.type), lookup))
        this.preparedLists.set(key, prepared)
      }
      return prepared
    }
    if (value === undefined) return NO_DOCUMENTS
    const matched =
      lookup.match.kind === 'references'
        ? this.referencing(lookup.type, value)
        : this.withValue(lookup.type, lookup.match.path, lookup.match.kind, value)
    if (lookup.defined.length === 0 && lookup.orderBy.length === 0) return matched
    // Correlated subqueries ask for the same few lists on every render of a page.
    const listKey = `${key}${VALUE_SEPARATOR}${value}`
    let refined = this.preparedLists.get(listKey)
    if (!refined) {
      if (this.preparedLists.size >= MAX_PREPARED_LISTS) this.preparedLists.clear()
      refined = Object.freeze(this.refine(matched, lookup))
      this.preparedLists.set(listKey, refined)
    }
    return refined
  }

  private refine(documents: readonly ViewDocument[], { defined, orderBy }: Lookup): ViewDocument[] {
    const paths = defined.map(stepsOf)
    const kept =
      paths.length === 0
        ? [...documents]
        : documents.filter((doc) => paths.every((path) => valueAt(doc, path, this.byId) !== null))
    if (orderBy.length === 0) return kept
    const keys = orderBy.map(({ path, desc }) => ({ path: stepsOf(path), sign: desc ? -1 : 1 }))
    return kept.sort((a, b) => {
      for (const { path, sign } of keys) {
        const order = sign * compareForOrder(valueAt(a, path, this.byId), valueAt(b, path, this.byId))
        if (order !== 0) return order
      }
      return this.position.get(a)! - this.position.get(b)!
    })
  }

  /** Documents of `type` whose field at `path` is exactly the string, or the number written as `value`. */
  private withValue(type: string, path: string, kind: 'string' | 'number', value: string): readonly ViewDocument[] {
    const indexKey = `${type}\u0000${path}\u0000${kind}`
    let index = this.valueIndexes.get(indexKey)
    if (!index) {
      index = new Map()
      const steps = stepsOf(path)
      for (const doc of this.ofType(type)) {
        const field = valueAt(doc, steps, this.byId)
        if (typeof field !== kind) continue
        const fieldKey = String(field)
        const bucket = index.get(fieldKey)
        if (bucket) bucket.push(doc)
        else index.set(fieldKey, [doc])
      }
      this.valueIndexes.set(indexKey, index)
    }
    return index.get(value) ?? NO_DOCUMENTS
  }

  /** Documents of `type` with a reference to `id` anywhere, exactly as GROQ's `references()` sees them. */
  private referencing(type: string, id: string): readonly ViewDocument[] {
    let index = this.referenceIndexes.get(type)
    if (!index) {
      index = new Map()
      for (const doc of this.ofType(type)) {
        for (const ref of collectReferences(doc, new Set())) {
          const bucket = index.get(ref)
          if (bucket) bucket.push(doc)
          else index.set(ref, [doc])
        }
      }
      this.referenceIndexes.set(type, index)
    }
    return index.get(id) ?? NO_DOCUMENTS
  }
}

interface PathStep {
  name: string
  /** Follow the reference found at this field (`->`). */
  follow: boolean
}

const parsedPaths = new Map<string, PathStep[]>()

/** `series->slug.current` as steps: series (followed), slug, current. */
function stepsOf(path: string): PathStep[] {
  let steps = parsedPaths.get(path)
  if (!steps) {
    steps = path.split('.').flatMap((part) => {
      const names = part.split('->')
      return names.filter((name) => name !== '').map((name, index) => ({ name, follow: index < names.length - 1 }))
    })
    parsedPaths.set(path, steps)
  }
  return steps
}

/**
 * A field as GROQ reads `a.b->c`: own properties of objects only; `->` needs an object with a
 * string `_ref` and gives the document with that id in this view. Anything else is null.
 */
function valueAt(doc: unknown, steps: readonly PathStep[], byId: ReadonlyMap<string, ViewDocument>): unknown {
  let current = doc
  for (const { name, follow } of steps) {
    if (!current || typeof current !== 'object' || Array.isArray(current) || !Object.hasOwn(current, name)) return null
    current = (current as Record<string, unknown>)[name]
    if (follow) {
      const ref =
        current && typeof current === 'object' && !Array.isArray(current)
          ? (current as Record<string, unknown>)._ref
          : undefined
      current = typeof ref === 'string' ? (byId.get(ref) ?? null) : null
    }
  }
  return current ?? null
}

// groq-js sorts datetimes, then numbers, then strings, then booleans, then everything else (all equal).
const TYPE_RANK: Record<string, number> = { number: 2, string: 3, boolean: 4 }

/** The comparison groq-js' `order()` uses, for values read from JSON documents. */
function compareForOrder(a: unknown, b: unknown): number {
  const rankA = (a !== null && TYPE_RANK[typeof a]) || 100
  const rankB = (b !== null && TYPE_RANK[typeof b]) || 100
  if (rankA !== rankB) return rankA - rankB
  if (typeof a === 'number' || typeof a === 'boolean') return Number(a) - Number(b)
  if (typeof a === 'string') return a < (b as string) ? -1 : a > (b as string) ? 1 : 0
  return 0
}

/** Mirrors groq-js `references()`: an object with a `_ref` is a reference and is not looked into. */
function collectReferences(value: unknown, found: Set<string>): Set<string> {
  if (Array.isArray(value)) {
    for (const item of value) collectReferences(item, found)
  } else if (value && typeof value === 'object') {
    const ref = (value as Record<string, unknown>)._ref
    if (ref) {
      if (typeof ref === 'string') found.add(ref)
    } else {
      for (const child of Object.values(value)) collectReferences(child, found)
    }
  }
  return found
}

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value)
    for (const child of Object.values(value)) deepFreeze(child)
  }
  return value
}

/**
 * The two perspectives of one dataset, as the Content Lake serves them: `published` leaves out
 * drafts and release versions; `drafts` shows `drafts.X` in place of `X`, under the id `X` (with
 * `_originalId` keeping the draft id), so references resolve to the draft.
 */
export function buildPerspectiveViews(documents: readonly DatasetDocument[]): Record<ContentPerspective, DatasetView> {
  // Frozen so no caller can change the shared in-memory dataset through a query result.
  for (const doc of documents) deepFreeze(doc)

  const published: ViewDocument[] = []
  const draftsById = new Map<string, DatasetDocument>()
  for (const doc of documents) {
    if (isDraftId(doc._id)) draftsById.set(publishedIdOf(doc._id), doc)
    else if (!doc._id.startsWith('versions.')) published.push(doc)
  }

  const withDrafts: ViewDocument[] = []
  const placed = new Set<string>()
  for (const doc of documents) {
    if (doc._id.startsWith('versions.')) continue
    const id = publishedIdOf(doc._id)
    if (placed.has(id)) continue
    placed.add(id)
    const draft = draftsById.get(id)
    withDrafts.push(draft ? Object.freeze({ ...draft, _id: id, _originalId: draft._id }) : doc)
  }

  return {
    published: new DatasetView('published', published),
    drafts: new DatasetView('drafts', withDrafts),
  }
}
