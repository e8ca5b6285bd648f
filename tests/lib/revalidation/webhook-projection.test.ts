/**
 * The webhook projection, evaluated as the Content Lake would (groq-js in delta mode), and kept
 * in step with the README, where editors copy it from.
 */
import { readFileSync } from 'node:fs'
import { evaluate, parse } from 'groq-js'
import { describe, expect, it } from 'vitest'

import { isDocumentChange, tagsForChange } from '@/lib/revalidation/tags-for-change'
import { webhookProjection } from '@/lib/revalidation/webhook-projection'

const review = {
  _id: 'review-a',
  _type: 'review',
  title: 'A review',
  slug: { _type: 'slug', current: 'a-review' },
  kind: 'series',
  series: { _type: 'reference', _ref: 'series-a' },
  publishedAt: '2024-10-21T09:00:00Z',
}

async function payload(before: object | null, after: object | null) {
  const tree = parse(webhookProjection(), { mode: 'delta' })
  return (await evaluate(tree, { before, after, root: after ?? before } as never)).get()
}

describe('the webhook projection', () => {
  it('says an edit to the text of a review leaves its lists alone', async () => {
    const body = await payload(review, { ...review, title: 'A better title' })
    expect(body).toEqual({
      _type: 'review',
      _id: 'review-a',
      slug: 'a-review',
      operation: 'update',
      listingChanged: false,
    })
    expect(isDocumentChange(body)).toBe(true)
    expect(tagsForChange(body)).not.toContain('review')
  })

  it('says a new slug, another series or a new date re-lists it', async () => {
    for (const change of [
      { slug: { _type: 'slug', current: 'renamed' } },
      { series: { _type: 'reference', _ref: 'series-b' } },
      { publishedAt: '2025-01-01T00:00:00Z' },
    ]) {
      const body = await payload(review, { ...review, ...change })
      expect(body).toMatchObject({ operation: 'update', listingChanged: true })
      expect(tagsForChange(body)).toContain('review')
    }
  })

  it('names the operation of a created or deleted document', async () => {
    expect(await payload(null, review)).toMatchObject({ operation: 'create' })
    expect(await payload(review, null)).toMatchObject({ operation: 'delete' })
  })

  it('is the one the README shows', () => {
    const readme = readFileSync('README.md', 'utf8')
    // On failure, paste this into the README's webhook section.
    expect(readme, webhookProjection()).toContain(webhookProjection())
  })
})
