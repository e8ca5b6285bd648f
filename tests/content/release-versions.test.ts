/**
 * Scheduled publishing: an embargoed review waits in the Content Lake as a release version
 * (`versions.<release>.<id>`: what the Studio's "Schedule publish" and Content Releases write) until
 * its time, when the Content Lake publishes it and the webhook refreshes the pages. Until then the
 * site must show nothing of it; here, on the bundled source, with the site's own page queries.
 */
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { ContentPerspective } from '@/lib/content/perspective'
import { REVIEW_LIST_QUERY, REVIEW_PAGE_QUERY, REVIEW_SLUGS_QUERY } from '@/lib/content/queries'
import { queryBundledDataset } from '@/lib/content/sources/bundled'
import { bundledDocuments, documentById } from '../editorial/helpers'

let dir: string
let file: string

beforeAll(() => {
  const documents = bundledDocuments()
  const episodeEight = documentById(documents, 'review-love-in-the-big-city-episode-8')
  const episodeTwo = documentById(documents, 'review-love-in-the-big-city-episode-2')
  documents.push(
    // A new review scheduled for later, and a scheduled change to a published one.
    { ...episodeEight, _id: 'versions.rEmbargo.review-embargoed', slug: { _type: 'slug', current: 'embargoed' } },
    { ...episodeTwo, _id: `versions.rEmbargo.${episodeTwo._id}`, title: 'Embargoed title' },
  )
  dir = mkdtempSync(path.join(tmpdir(), 'release-versions-'))
  cpSync(path.resolve('sanity/seed/images'), path.join(dir, 'images'), { recursive: true })
  file = path.join(dir, 'dataset.ndjson')
  writeFileSync(file, documents.map((document) => JSON.stringify(document)).join('\n'))
})

afterAll(() => rmSync(dir, { recursive: true, force: true }))

const read = <T>(query: string, perspective: ContentPerspective, params: Record<string, unknown> = {}) =>
  queryBundledDataset<T>({ query, params, perspective, file })

describe.each<ContentPerspective>(['published', 'drafts'])('a review scheduled for release (%s)', (perspective) => {
  it('has no page and no place in the list until it is published', async () => {
    expect(await read(REVIEW_PAGE_QUERY, perspective, { slug: 'embargoed' })).toBeNull()
    const slugs = await read<{ slug: string }[]>(REVIEW_SLUGS_QUERY, perspective)
    expect(slugs.map(({ slug }) => slug)).not.toContain('embargoed')
    expect(slugs).toHaveLength(perspective === 'published' ? 11 : 12)
    const list = await read<{ total: number }>(REVIEW_LIST_QUERY, perspective, { start: 0, end: 20 })
    expect(list.total).toBe(slugs.length)
  })

  it('keeps a scheduled change to a published review off its page', async () => {
    const page = await read<{ title: string }>(REVIEW_PAGE_QUERY, perspective, {
      slug: 'love-in-the-big-city-episode-2',
    })
    expect(page.title).not.toBe('Embargoed title')
    expect(page.title).toMatch(/^Love in the Big City episode 2/)
  })
})
