/**
 * A private copy of the bundled dataset for a server under test: the NDJSON file (which a test may
 * edit or break) with the bundled images beside it, as the dataset loader expects.
 */
import { copyFileSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

const seedDir = path.resolve('sanity/seed')

export interface ServedDataset {
  file: string
  /** The published document's id for a slug (ids may change; slugs are what readers see). */
  publishedIdOf: (type: string, slug: string) => string
  /** Rewrites one field of one document in the copy. */
  edit: (id: string, field: string, value: unknown) => void
  remove: () => void
}

export function copyBundledDataset(): ServedDataset {
  const dir = mkdtempSync(path.join(tmpdir(), 'served-dataset-'))
  const file = path.join(dir, 'dataset.ndjson')
  copyFileSync(path.join(seedDir, 'dataset.ndjson'), file)
  symlinkSync(path.join(seedDir, 'images'), path.join(dir, 'images'), 'dir')
  const lineIndex = (lines: string[], id: string) => {
    const index = lines.findIndex((line) => line.includes(`"_id":"${id}"`))
    if (index === -1) throw new Error(`No document "${id}" in ${file}`)
    return index
  }
  return {
    file,
    publishedIdOf: (type, slug) => {
      for (const line of readFileSync(file, 'utf8').split('\n')) {
        if (!line.trim()) continue
        const doc = JSON.parse(line) as { _id: string; _type: string; slug?: { current?: string } }
        if (doc._type === type && doc.slug?.current === slug && !doc._id.startsWith('drafts.')) return doc._id
      }
      throw new Error(`No published ${type} with slug "${slug}" in ${file}`)
    },
    edit: (id, field, value) => {
      const lines = readFileSync(file, 'utf8').split('\n')
      const index = lineIndex(lines, id)
      lines[index] = JSON.stringify({ ...JSON.parse(lines[index]), [field]: value })
      writeFileSync(file, lines.join('\n'))
    },
    remove: () => rmSync(dir, { recursive: true, force: true }),
  }
}
