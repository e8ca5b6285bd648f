import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { DatasetLoadError, loadDatasetFile, parseDataset } from '@/lib/content/dataset-loader'
import { queryBundledDataset } from '@/lib/content/sources/bundled'

const FIXTURE_DIR = path.resolve('tests/fixtures/content')
const FIXTURE = path.join(FIXTURE_DIR, 'dataset.ndjson')

const line = (doc: object) => JSON.stringify(doc)
const series = { _id: 'series-a', _type: 'series', title: 'A' }
const episode = { _id: 'episode-a-1', _type: 'episode', number: 1, series: { _type: 'reference', _ref: 'series-a' } }

function loadError(text: string): DatasetLoadError {
  try {
    parseDataset(text, 'seed/dataset.ndjson')
  } catch (error) {
    if (error instanceof DatasetLoadError) return error
    throw error
  }
  throw new Error('the dataset loaded, but it should not have')
}

describe('parseDataset', () => {
  it('loads every document of a valid file, skipping blank lines', () => {
    const { documents, lineOf } = parseDataset(`${line(series)}\n\n${line(episode)}\n`, 'x.ndjson')
    expect(documents.map((doc) => doc._id)).toEqual(['series-a', 'episode-a-1'])
    expect(lineOf.get('episode-a-1')).toBe(3)
  })

  it('stops at a malformed line, naming the file and the 1-based line', () => {
    const error = loadError(`${line(series)}\n{"_id": "episode-a-1", "_type": "episode",\n`)
    expect(error.file).toBe('seed/dataset.ndjson')
    expect(error.line).toBe(2)
    expect(error.message).toMatch(/^seed\/dataset\.ndjson:2: not a JSON document/)
  })

  it('stops at a duplicate _id, naming both lines and the id', () => {
    const error = loadError([line(series), line(episode), line({ ...series, title: 'B' })].join('\n'))
    expect(error.line).toBe(3)
    expect(error.documentId).toBe('series-a')
    expect(error.message).toContain('seed/dataset.ndjson:3 (document "series-a"): duplicate _id: line 1 already holds')
  })

  it('stops at a reference to a missing document, naming the referring line, id and field', () => {
    const broken = { ...episode, directors: [{ _type: 'reference', _key: 'd1', _ref: 'person-nobody' }] }
    const error = loadError([line(series), line(broken)].join('\n'))
    expect(error.line).toBe(2)
    expect(error.documentId).toBe('episode-a-1')
    expect(error.message).toContain(
      'directors[0] points to "person-nobody", but no document in the dataset has that _id',
    )
  })

  it('refuses a published document that references a document that exists only as a draft', () => {
    const draftOnly = { _id: 'drafts.person-new', _type: 'person', name: 'New' }
    const pointing = { ...episode, writers: [{ _type: 'reference', _key: 'w1', _ref: 'person-new' }] }
    const error = loadError([line(series), line(draftOnly), line(pointing)].join('\n'))
    expect(error.documentId).toBe('episode-a-1')
    expect(error.message).toContain('exists only as a draft')
  })

  it('lets a draft reference another draft, and a weak reference dangle', () => {
    const draftOnly = { _id: 'drafts.person-new', _type: 'person', name: 'New' }
    const draftPointing = {
      _id: 'drafts.episode-a-1',
      _type: 'episode',
      writers: [{ _type: 'reference', _key: 'w1', _ref: 'person-new' }],
    }
    const weak = {
      _id: 'article-x',
      _type: 'article',
      series: { _type: 'reference', _ref: 'series-gone', _weak: true },
    }
    const { documents } = parseDataset(
      [line(series), line(draftOnly), line(draftPointing), line(weak)].join('\n'),
      'x.ndjson',
    )
    expect(documents).toHaveLength(4)
  })

  it.each([
    ['a line that is not an object', '[1, 2]', /expected a JSON object/],
    ['a document without _id', line({ _type: 'series' }), /has no _id/],
    ['an _id Sanity would reject', line({ _id: 'series a!', _type: 'series' }), /not a valid Sanity id/],
    ['a document without _type', line({ _id: 'series-b' }), /has no _type/],
    [
      'a reference to a draft id',
      line({ ...episode, series: { _type: 'reference', _ref: 'drafts.series-a' } }),
      /references use the published id/,
    ],
    [
      'an image outside images/',
      line({ ...series, _id: 'series-c', poster: { _type: 'image', _sanityAsset: 'image@file:///etc/passwd' } }),
      /bundled assets must be written as/,
    ],
  ])('stops at %s', (_, bad, message) => {
    const error = loadError([line(series), bad].join('\n'))
    expect(error.line).toBe(2)
    expect(error.message).toMatch(message)
  })
})

describe('loadDatasetFile', () => {
  let dir: string | undefined
  afterEach(() => {
    if (dir) rmSync(dir, { recursive: true, force: true })
    dir = undefined
  })

  it('loads the fixture dataset', () => {
    const { documents } = loadDatasetFile(FIXTURE)
    expect(documents.length).toBe(readFileSync(FIXTURE, 'utf8').trim().split('\n').length)
  })

  it('stops when an image file named by the dataset is missing', () => {
    dir = mkdtempSync(path.join(tmpdir(), 'dataset-'))
    const file = path.join(dir, 'dataset.ndjson')
    writeFileSync(
      file,
      line({ ...series, poster: { _type: 'image', _sanityAsset: 'image@file://./images/missing.svg', alt: 'x' } }),
    )
    expect(() => loadDatasetFile(file)).toThrow(
      /dataset\.ndjson:1 \(document "series-a"\): poster uses images\/missing\.svg, which does not exist/,
    )
  })

  it('names the file it cannot read', () => {
    expect(() => loadDatasetFile('/nonexistent/dataset.ndjson')).toThrow(
      /\/nonexistent\/dataset\.ndjson: cannot read the dataset \(ENOENT\)/,
    )
  })

  it('never serves a half-loaded file: a broken edit fails every query until it is fixed', async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'dataset-'))
    cpSync(FIXTURE_DIR, dir, { recursive: true })
    const file = path.join(dir, 'dataset.ndjson')
    const titles = () =>
      queryBundledDataset<string[]>({ query: '*[_type == "series"].title', perspective: 'published', file })
    expect(await titles()).toEqual(['Harbour Lights'])

    const original = readFileSync(file, 'utf8')
    const lines = original.trimEnd().split('\n')
    // A renamed series plus a truncated last line: neither half may appear.
    const edited = [
      lines[0],
      lines[1].replace('Harbour Lights', 'Harbour Lights (edited)'),
      ...lines.slice(2, -1),
      lines.at(-1)!.slice(0, 20),
    ]
    writeFileSync(file, edited.join('\n'))
    await expect(titles()).rejects.toThrow(new RegExp(`dataset\\.ndjson:${lines.length}: not a JSON document`))
    await expect(titles()).rejects.toThrow(DatasetLoadError)

    writeFileSync(file, original.replace('"Harbour Lights"', '"Harbour Lights, fixed"'))
    expect(await titles()).toEqual(['Harbour Lights, fixed'])
  })
})
