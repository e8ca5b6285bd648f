/**
 * Reads a dataset in Sanity's NDJSON export format (one document per line, the format
 * `sanity dataset import` takes) and checks what would otherwise fail late or silently: a line
 * that is not a document, a repeated `_id`, a reference to a document that is not there, an image
 * file that is missing. The first problem stops the load with the file, line and `_id`; a dataset
 * is either loaded whole or not at all.
 */
import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { isDraftId, publishedIdOf } from './perspective'

export interface DatasetDocument {
  _id: string
  _type: string
  [field: string]: unknown
}

export interface LoadedDataset {
  file: string
  documents: DatasetDocument[]
  /** 1-based line of each `_id`, for messages that point an editor at the right place. */
  lineOf: ReadonlyMap<string, number>
}

export class DatasetLoadError extends Error {
  readonly file: string
  readonly line: number | undefined
  readonly documentId: string | undefined

  constructor(problem: string, where: { file: string; line?: number; documentId?: string }) {
    const location = where.line === undefined ? where.file : `${where.file}:${where.line}`
    const subject = where.documentId === undefined ? '' : ` (document "${where.documentId}")`
    super(`${location}${subject}: ${problem}`)
    this.name = 'DatasetLoadError'
    this.file = where.file
    this.line = where.line
    this.documentId = where.documentId
  }
}

// Sanity ids: letters, digits, `_`, `-`, with `.` separating path segments; no segment starts with `-`.
const ID_PATTERN = /^[A-Za-z0-9_][A-Za-z0-9_-]*(\.[A-Za-z0-9_][A-Za-z0-9_-]*)*$/
const MAX_ID_LENGTH = 128
// The export format names bundled files relative to the NDJSON file: image@file://./images/poster.svg
const BUNDLED_ASSET_PATTERN = /^(image|file)@file:\/\/\.\/images\/([A-Za-z0-9][A-Za-z0-9._-]*)$/

export interface ParseOptions {
  /** Called with each bundled asset's file name; return false when the file is missing. */
  assetExists?: (fileName: string) => boolean
}

/** Parses and checks NDJSON text; `file` is only used in messages. */
export function parseDataset(text: string, file: string, options: ParseOptions = {}): LoadedDataset {
  const documents: DatasetDocument[] = []
  const lineOf = new Map<string, number>()
  const lines = text.split('\n')

  for (let index = 0; index < lines.length; index++) {
    const raw = lines[index].trim()
    if (raw === '') continue
    const line = index + 1
    let value: unknown
    try {
      value = JSON.parse(raw)
    } catch (error) {
      throw new DatasetLoadError(
        `not a JSON document (${(error as Error).message}). Each line must hold one complete JSON object.`,
        { file, line },
      )
    }
    if (!value || typeof value !== 'object' || Array.isArray(value)) {
      throw new DatasetLoadError('expected a JSON object with _id and _type.', { file, line })
    }
    const doc = value as Record<string, unknown>
    if (typeof doc._id !== 'string' || doc._id === '') {
      throw new DatasetLoadError('document has no _id. Give every document a unique string _id.', { file, line })
    }
    const id = doc._id
    if (id.length > MAX_ID_LENGTH || !ID_PATTERN.test(id)) {
      throw new DatasetLoadError(
        `_id is not a valid Sanity id: use letters, digits, "_", "-" and "." between segments, at most ` +
          `${MAX_ID_LENGTH} characters.`,
        { file, line, documentId: id },
      )
    }
    if (typeof doc._type !== 'string' || doc._type === '') {
      throw new DatasetLoadError('document has no _type.', { file, line, documentId: id })
    }
    const firstLine = lineOf.get(id)
    if (firstLine !== undefined) {
      throw new DatasetLoadError(`duplicate _id: line ${firstLine} already holds a document with this _id.`, {
        file,
        line,
        documentId: id,
      })
    }
    lineOf.set(id, line)
    documents.push(doc as DatasetDocument)
  }

  for (const doc of documents) {
    const where = { file, line: lineOf.get(doc._id), documentId: doc._id }
    const draft = isDraftId(doc._id)
    visitFields(doc, (node, fieldPath) => {
      const ref = node._ref
      if (typeof ref === 'string' && !node._dataset) {
        if (isDraftId(ref)) {
          throw new DatasetLoadError(
            `reference at ${fieldPath()} points to "${ref}"; references use the published id ` +
              `("${publishedIdOf(ref)}").`,
            where,
          )
        }
        // A weak reference may dangle by design (the Studio makes them for unpublished targets).
        if (node._weak === true || lineOf.has(ref)) return
        if (!draft && lineOf.has(`drafts.${ref}`)) {
          throw new DatasetLoadError(
            `reference at ${fieldPath()} points to "${ref}", which exists only as a draft. A published document ` +
              `cannot reference unpublished content: publish "${ref}" or make the reference weak.`,
            where,
          )
        }
        // A draft may point at another draft that has never been published.
        if (draft && lineOf.has(`drafts.${ref}`)) return
        throw new DatasetLoadError(
          `reference at ${fieldPath()} points to "${ref}", but no document in the dataset has that _id.`,
          where,
        )
      }
      const asset = node._sanityAsset
      if (typeof asset === 'string') {
        const match = BUNDLED_ASSET_PATTERN.exec(asset)
        if (!match) {
          throw new DatasetLoadError(
            `${fieldPath()}._sanityAsset is "${asset}"; bundled assets must be written as ` +
              `image@file://./images/<file> (a file in images/ next to the dataset).`,
            where,
          )
        }
        if (options.assetExists && !options.assetExists(match[2])) {
          throw new DatasetLoadError(
            `${fieldPath()} uses images/${match[2]}, which does not exist next to the dataset.`,
            where,
          )
        }
      }
    })
  }

  return { file, documents, lineOf }
}

/** Reads and checks a dataset file, including that every bundled image file exists. */
export function loadDatasetFile(file: string): LoadedDataset {
  let text: string
  try {
    text = readFileSync(file, 'utf8')
  } catch (error) {
    throw new DatasetLoadError(
      `cannot read the dataset (${(error as NodeJS.ErrnoException).code ?? (error as Error).message}). Set ` +
        `BUNDLED_DATASET_FILE to an NDJSON file.`,
      { file },
    )
  }
  const imagesDir = path.join(path.dirname(file), 'images')
  const checked = new Map<string, boolean>()
  return parseDataset(text, file, {
    assetExists: (fileName) => {
      let exists = checked.get(fileName)
      if (exists === undefined) checked.set(fileName, (exists = existsSync(path.join(imagesDir, fileName))))
      return exists
    },
  })
}

type FieldVisitor = (node: Record<string, unknown>, fieldPath: () => string) => void

/**
 * Calls `visit` on every object nested in a document. The field path (`body[2].markDefs[0]`) is
 * only spelled out when a message needs it: building it for every node doubles the load time.
 */
function visitFields(document: Record<string, unknown>, visit: FieldVisitor): void {
  const steps: (string | number)[] = []
  const fieldPath = () =>
    steps.map((step, index) => (typeof step === 'number' ? `[${step}]` : index === 0 ? step : `.${step}`)).join('')
  const walk = (value: unknown): void => {
    if (Array.isArray(value)) {
      for (let index = 0; index < value.length; index++) {
        steps.push(index)
        walk(value[index])
        steps.pop()
      }
      return
    }
    if (!value || typeof value !== 'object') return
    const node = value as Record<string, unknown>
    if (steps.length > 0) visit(node, fieldPath)
    for (const key in node) {
      const child = node[key]
      if (child && typeof child === 'object') {
        steps.push(key)
        walk(child)
        steps.pop()
      }
    }
  }
  walk(document)
}
