/**
 * One perspective's view of a loaded dataset, with the lookups the query planner serves `*[...]`
 * filters from: documents by type, by attribute value and by the ids they reference. Lookups are
 * built on first use and kept for the life of the view (a view never changes; a new file gives a
 * new view).
 */
import type { DatasetDocument } from '../dataset-loader'
import { type ContentPerspective, isDraftId, publishedIdOf } from '../perspective'

export type ViewDocument = Readonly<DatasetDocument>

const NO_DOCUMENTS: readonly ViewDocument[] = Object.freeze([])
const ANY_TYPE = '*'

export class DatasetView {
  readonly perspective: ContentPerspective
  /** Every visible document, in dataset order. */
  readonly documents: readonly ViewDocument[]
  readonly byId: ReadonlyMap<string, ViewDocument>
  private readonly typePartitions = new Map<string, readonly ViewDocument[]>()
  private readonly attributeIndexes = new Map<string, Map<string, ViewDocument[]>>()
  private readonly referenceIndexes = new Map<string, Map<string, ViewDocument[]>>()

  constructor(perspective: ContentPerspective, documents: readonly ViewDocument[]) {
    this.perspective = perspective
    this.documents = Object.freeze([...documents])
    this.byId = new Map(documents.map((doc) => [doc._id, doc]))
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
   * Documents of `type` whose attribute at `path` (e.g. `slug.current`) is a scalar that reads as
   * `value`. Numbers and strings share keys ("1" and 1), so callers re-check equality.
   */
  withAttribute(type: string, path: readonly string[], value: string): readonly ViewDocument[] {
    const indexKey = `${type}|${path.join('.')}`
    let index = this.attributeIndexes.get(indexKey)
    if (!index) {
      index = new Map()
      for (const doc of this.ofType(type)) {
        let current: unknown = doc
        for (const name of path) current = current && typeof current === 'object' && !Array.isArray(current) ? (current as Record<string, unknown>)[name] : undefined
        if (typeof current === 'string' || typeof current === 'number' || typeof current === 'boolean') {
          const key = String(current)
          const bucket = index.get(key)
          if (bucket) bucket.push(doc)
          else index.set(key, [doc])
        }
      }
      this.attributeIndexes.set(indexKey, index)
    }
    return index.get(value) ?? NO_DOCUMENTS
  }

  /** Documents of `type` with a reference to `id` anywhere, exactly as GROQ's `references()` sees them. */
  referencing(type: string, id: string): readonly ViewDocument[] {
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
