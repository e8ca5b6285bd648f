/**
 * The derived cache tags against what really changes a page. Every query the site runs, with every
 * parameter the bundled dataset gives it, is read once; then each published document is edited,
 * re-listed, deleted and duplicated in turn, every read runs again, and wherever the result
 * changed, the webhook for that change must expire one of the tags the first read was given.
 * A query that shows a document without its `_id`, or selects a type without saying so, fails here.
 */
import { mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'

import { listingFieldsByType, queryReads } from '@/lib/content/query-reads'
import { queryBundledDataset } from '@/lib/content/sources/bundled'
import { loadDatasetFile } from '@/lib/content/dataset-loader'
import { DOCUMENT_TYPES } from '@/lib/content/document-types'
import { cacheTagsForRead } from '@/lib/content/tags'
import { type DocumentChange, tagsForChange } from '@/lib/revalidation/tags-for-change'
import { SITE_QUERIES } from '@/lib/revalidation/webhook-projection'

type Doc = Record<string, unknown> & { _id: string; _type: string }

const datasetFile = 'sanity/seed/dataset.ndjson'
const documents = loadDatasetFile(datasetFile).documents as Doc[]
const published = documents.filter(
  (doc) => !doc._id.startsWith('drafts.') && (DOCUMENT_TYPES as readonly string[]).includes(doc._type),
)
const listingFields = listingFieldsByType(SITE_QUERIES)

const workDir = mkdtempSync(path.join(tmpdir(), 'derived-tags-'))
// The dataset names its images relative to itself.
symlinkSync(path.resolve('sanity/seed/images'), path.join(workDir, 'images'))
afterAll(() => rmSync(workDir, { recursive: true, force: true }))

let fileCount = 0
function writeDataset(docs: Doc[]): string {
  const file = path.join(workDir, `dataset-${fileCount++}.ndjson`)
  writeFileSync(file, docs.map((doc) => JSON.stringify(doc)).join('\n') + '\n')
  return file
}

function slugOf(doc: Doc): string | undefined {
  return (doc.slug as { current?: string } | undefined)?.current
}

/** Every parameter set a page passes to this query, taken from the dataset. */
function paramSets(query: string): Record<string, unknown>[] {
  const names = new Set([...query.matchAll(/\$([A-Za-z_]\w*)/g)].map((match) => match[1]))
  if (names.size === 0) return [{}]
  if (names.has('subject')) {
    const types = queryReads(query).types
    return published.filter((doc) => types.includes(doc._type)).map((doc) => ({ subject: doc._id }))
  }
  if (names.has('start')) {
    return [0, 2, 4, 10].map((start) => ({ start, end: start + 2 }))
  }
  if (names.has('number')) {
    return published
      .filter((doc) => doc._type === 'episode')
      .map((episode) => {
        const series = published.find((doc) => doc._id === (episode.series as { _ref: string })._ref)!
        return { slug: slugOf(series), number: episode.number }
      })
  }
  const types = queryReads(query).types
  return published.filter((doc) => types.includes(doc._type) && slugOf(doc)).map((doc) => ({ slug: slugOf(doc) }))
}

interface Read {
  query: string
  params: Record<string, unknown>
  result: string
  tags: string[]
}

async function runAll(file: string, reads: { query: string; params: Record<string, unknown> }[]): Promise<string[]> {
  return Promise.all(
    reads.map(async ({ query, params }) =>
      JSON.stringify(await queryBundledDataset({ query, params, perspective: 'published', file })),
    ),
  )
}

/** Appends to strings and adds to numbers, below the given top-level fields; system fields stay. */
function edited(value: unknown): unknown {
  if (typeof value === 'string') return `${value}†`
  if (typeof value === 'number') return value + 1
  if (Array.isArray(value)) return value.map(edited)
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value).map(([key, field]) => [key, key.startsWith('_') ? field : edited(field)]),
    )
  }
  return value
}

function editFields(doc: Doc, which: (field: string) => boolean): Doc {
  return Object.fromEntries(
    Object.entries(doc).map(([key, value]) => [key, key.startsWith('_') || !which(key) ? value : edited(value)]),
  ) as Doc
}

interface Edit {
  name: string
  change: DocumentChange
  docs: Doc[]
}

// The Content Lake refuses to delete a document another one references, and so does the loader.
function isReferenced(doc: Doc): boolean {
  const reference = `"_ref":"${doc._id}"`
  return documents.some((other) => other !== doc && JSON.stringify(other).includes(reference))
}

function editsOf(doc: Doc): Edit[] {
  const listed = new Set(listingFields[doc._type] ?? [])
  const replace = (next: Doc) => documents.map((other) => (other === doc ? next : other))
  const edits: Edit[] = [
    {
      name: 'text edited',
      change: { _id: doc._id, _type: doc._type, operation: 'update', listingChanged: false },
      docs: replace(editFields(doc, (field) => !listed.has(field) && !listed.has('*'))),
    },
    {
      name: 're-listed',
      change: { _id: doc._id, _type: doc._type, operation: 'update', listingChanged: true },
      docs: replace(editFields(doc, (field) => listed.has(field))),
    },
    {
      name: 'duplicated',
      change: { _id: `${doc._id}-copy`, _type: doc._type, operation: 'create' },
      docs: [...documents, { ...doc, _id: `${doc._id}-copy` }],
    },
  ]
  if (!isReferenced(doc)) {
    edits.push({
      name: 'deleted',
      change: { _id: doc._id, _type: doc._type, operation: 'delete' },
      docs: documents.filter((other) => other !== doc),
    })
  }
  return edits
}

describe('derived cache tags', () => {
  it('every change that alters a read expires a tag of that read', async () => {
    const plans = SITE_QUERIES.flatMap((query) => paramSets(query).map((params) => ({ query, params })))
    const baseline = await runAll(datasetFile, plans)
    const reads: Read[] = plans.map((plan, index) => ({
      ...plan,
      result: baseline[index]!,
      tags: cacheTagsForRead(plan.query, JSON.parse(baseline[index]!)),
    }))
    // The dataset gives every query something to read.
    expect(reads.length).toBeGreaterThan(SITE_QUERIES.length)

    const misses: string[] = []
    let changedReads = 0
    for (const doc of published) {
      for (const edit of editsOf(doc)) {
        const results = await runAll(writeDataset(edit.docs), plans)
        const expired = new Set(tagsForChange(edit.change))
        results.forEach((result, index) => {
          const read = reads[index]!
          if (result === read.result) return
          changedReads++
          if (!read.tags.some((tag) => expired.has(tag))) {
            const name = read.query.slice(0, 60).replace(/\s+/g, ' ')
            misses.push(
              `${doc._id} ${edit.name}: "${name}…" ${JSON.stringify(read.params)} changed, tagged ` +
                `${read.tags.join(' ')}`,
            )
          }
        })
      }
    }
    // The edits reach the pages (a test whose edits changed nothing could not fail).
    expect(changedReads).toBeGreaterThan(published.length)
    expect(misses).toEqual([])
  }, 240_000)
})
