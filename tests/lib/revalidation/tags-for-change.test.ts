import { describe, expect, it } from 'vitest'
import { isDocumentChange, tagsForChange } from '@/lib/revalidation/tags-for-change'

describe('tagsForChange', () => {
  it('an edit that keeps the document where it is listed expires only the pages containing it', () => {
    expect(tagsForChange({ _id: 'review-a', _type: 'review', operation: 'update', listingChanged: false })).toEqual([
      'doc:review-a',
      'content:any-change',
    ])
  })

  it('a created, deleted or re-listed document also expires the pages selecting its type', () => {
    for (const change of [
      { operation: 'create' as const },
      { operation: 'delete' as const },
      { operation: 'update' as const, listingChanged: true },
    ]) {
      expect(tagsForChange({ _id: 'review-a', _type: 'review', ...change })).toContain('review')
    }
  })

  it('a request that does not say what changed counts as any change', () => {
    expect(tagsForChange({ _id: 'person-kwon-hyuk', _type: 'person', slug: 'kwon-hyuk' })).toEqual([
      'doc:person-kwon-hyuk',
      'content:any-change',
      'person',
    ])
  })

  it('uses the published id for a draft', () => {
    expect(tagsForChange({ _id: 'drafts.review.x', _type: 'review' })[0]).toBe('doc:review.x')
  })
})

describe('isDocumentChange', () => {
  it('accepts the webhook projection', () => {
    expect(isDocumentChange({ _id: 'review.a', _type: 'review', slug: 'a' })).toBe(true)
    expect(isDocumentChange({ _id: 'siteSettings', _type: 'siteSettings', slug: null })).toBe(true)
    expect(isDocumentChange({ _id: 'a', _type: 'review', slug: 'a', operation: 'update', listingChanged: false })).toBe(
      true,
    )
  })

  it.each([
    null,
    [],
    'review.a',
    { _type: 'review' },
    { _id: 'review.a', _type: 'sanity.imageAsset' },
    { _id: 'review a; drop', _type: 'review' },
    { _id: 'x'.repeat(200), _type: 'review' },
    { _id: 'review.a', _type: 'review', slug: 42 },
    { _id: 'review.a', _type: 'review', operation: 'publish' },
    { _id: 'review.a', _type: 'review', listingChanged: 'yes' },
  ])('rejects %j', (body) => {
    expect(isDocumentChange(body)).toBe(false)
  })
})
