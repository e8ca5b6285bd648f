/**
 * The default content source: the bundled NDJSON dataset, queried with groq-js.
 *
 * The file is read once and kept in memory with both perspectives' views, keyed by its path and
 * its modification stamp: each query checks the stamp (one `stat`), so an edited file is picked up
 * by the next uncached read (in Next, the next read after revalidation). Each distinct query string
 * is parsed and planned once.
 */
import { randomUUID } from 'node:crypto'
import { statSync } from 'node:fs'
import path from 'node:path'
import { type DereferenceFunction, evaluate, evaluateSync, parse } from 'groq-js'
import { DatasetLoadError, loadDatasetFile } from '../dataset-loader'
import type { ContentPerspective } from '../perspective'
import { type QueryParams, checkQueryParams } from '../query-params'
import { DatasetView, type ViewDocument, buildPerspectiveViews } from './dataset-view'
import { type Lookup, type PlannedQuery, VALUE_SEPARATOR, planQuery } from './query-planner'

interface Snapshot {
  stamp: string
  views: Record<ContentPerspective, DatasetView>
  documentCount: number
}

type CachedLoad = Snapshot | { stamp: string; error: Error }

const snapshots = new Map<string, CachedLoad>()
const plannedQueries = new Map<string, PlannedQuery>()
// Page queries are a fixed set; the bound only stops a stream of ad-hoc queries from growing memory.
const MAX_PLANNED_QUERIES = 500
// Lookup keys start with this; document ids cannot contain ":" or "#", and parameters cannot guess it.
const LOOKUP_PREFIX = `#lookup:${randomUUID()}#`

function stampOf(file: string): string {
  try {
    const stat = statSync(file)
    return `${stat.mtimeMs}:${stat.ctimeMs}:${stat.size}:${stat.ino}`
  } catch (error) {
    throw new DatasetLoadError(
      `cannot read the dataset (${(error as NodeJS.ErrnoException).code ?? (error as Error).message}). ` +
        "Set BUNDLED_DATASET_FILE to an NDJSON file in Sanity's export format.",
      { file },
    )
  }
}

/** The file's current views, loading it again only if it changed on disk since the last load. */
export function loadBundledDataset(file: string): Snapshot {
  const absolute = path.resolve(file)
  const stamp = stampOf(absolute)
  const cached = snapshots.get(absolute)
  if (cached?.stamp === stamp) {
    if ('error' in cached) throw cached.error
    return cached
  }
  try {
    const { documents } = loadDatasetFile(file)
    const snapshot: Snapshot = { stamp, views: buildPerspectiveViews(documents), documentCount: documents.length }
    snapshots.set(absolute, snapshot)
    return snapshot
  } catch (error) {
    // Remember the failure for this version of the file so a broken edit is not re-read per query.
    snapshots.set(absolute, { stamp, error: error as Error })
    throw error
  }
}

// groq-js only slices with constant numbers (`[$start...$end]` must be known when parsing), so a
// query that slices by parameter is parsed per distinct set of values; other queries once.
const PARAMETER_SLICE = /slicing must use constant numbers/
const slicedByParameter = new Set<string>()

function remember(key: string, planned: PlannedQuery): PlannedQuery {
  if (plannedQueries.size >= MAX_PLANNED_QUERIES) plannedQueries.delete(plannedQueries.keys().next().value!)
  plannedQueries.set(key, planned)
  return planned
}

function plannedQuery(query: string, params: QueryParams): PlannedQuery {
  if (slicedByParameter.has(query)) {
    const key = `${query}\u0000${JSON.stringify(params)}`
    // Values become constants of the tree, never query text.
    return plannedQueries.get(key) ?? remember(key, planQuery(parse(query, { params }), LOOKUP_PREFIX))
  }
  const planned = plannedQueries.get(query)
  if (planned) return planned
  try {
    // groq-js syntax errors name the line and column of the query.
    return remember(query, planQuery(parse(query), LOOKUP_PREFIX))
  } catch (error) {
    if (!(error instanceof Error && PARAMETER_SLICE.test(error.message))) throw error
    slicedByParameter.add(query)
    return plannedQuery(query, params)
  }
}

const decodedLookups = new Map<string, Lookup>()

/** Resolves `->` by id, and the planner's lookup keys to lists of documents. */
function dereferenceIn(view: DatasetView): DereferenceFunction {
  const resolve = ({ _ref }: { _ref: string }): readonly ViewDocument[] | ViewDocument | null => {
    if (!_ref.startsWith(LOOKUP_PREFIX)) return view.byId.get(_ref) ?? null
    const separator = _ref.indexOf(VALUE_SEPARATOR)
    const key = separator === -1 ? _ref : _ref.slice(0, separator)
    let lookup = decodedLookups.get(key)
    if (!lookup) {
      lookup = JSON.parse(key.slice(LOOKUP_PREFIX.length)) as Lookup
      decodedLookups.set(key, lookup)
    }
    return view.lookup(lookup, key, separator === -1 ? undefined : _ref.slice(separator + 1))
  }
  // groq-js passes whatever this returns through as a value; lists are how lookups answer.
  return resolve as DereferenceFunction
}

export interface BundledQuery {
  query: string
  params?: QueryParams
  perspective: ContentPerspective
  /** NDJSON file to read (env.bundledDatasetFile in the app). */
  file: string
}

/** Runs one GROQ query against the bundled dataset; the result is a fresh copy the caller owns. */
export async function queryBundledDataset<Result = unknown>({
  query,
  params,
  perspective,
  file,
}: BundledQuery): Promise<Result> {
  const checkedParams = checkQueryParams(params)
  const { tree, parameters } = plannedQuery(query, checkedParams)
  // The Content Lake refuses a query whose $parameter has no value; so does this source.
  for (const name of parameters) {
    if (!(name in checkedParams)) throw new Error(`The query uses $${name} but no value was given for it.`)
  }
  const view = loadBundledDataset(file).views[perspective]
  const options = { dataset: view.documents, params: checkedParams, dereference: dereferenceIn(view) }
  let result: unknown
  try {
    // The synchronous evaluator is several times faster; it covers everything but delta-mode functions.
    result = evaluateSync(tree, options).data
  } catch {
    result = await (await evaluate(tree, options)).get()
  }
  // A JSON round trip gives the caller its own copy (results share objects with the frozen
  // in-memory dataset) and turns groq-js date-time values into strings, as the API sends them.
  return JSON.parse(JSON.stringify(result ?? null)) as Result
}
