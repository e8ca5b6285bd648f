/**
 * The bundled dataset read directly, as the independent answer key for what the sitemap and the
 * feed must contain: published documents (ids without `drafts.`) with a slug.
 */
import { readFileSync } from 'node:fs'

interface RawDocument {
  _id: string
  _type: string
  slug?: { current?: string }
  number?: number
  series?: { _ref: string }
  publishedAt?: string
  [field: string]: unknown
}

export function readBundledDataset(file = 'sanity/seed/dataset.ndjson'): RawDocument[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as RawDocument)
}

export const isDraft = (doc: RawDocument) => doc._id.startsWith('drafts.')
export const publishedOnly = (docs: RawDocument[]) => docs.filter((doc) => !isDraft(doc))
