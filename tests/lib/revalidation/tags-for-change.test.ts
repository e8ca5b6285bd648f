import { describe, expect, it } from 'vitest'
import { isDocumentChange, tagsForChange } from '@/lib/revalidation/tags-for-change'

describe('tagsForChange', () => {
  it('names the document and the lists of its type', () => {
    expect(tagsForChange({ _id: 'person-kwon-hyuk', _type: 'person', slug: 'kwon-hyuk' })).toEqual(['person', 'person:person-kwon-hyuk'])
  })

  it('uses the published id for a draft', () => {
    expect(tagsForChange({ _id: 'drafts.review.x', _type: 'review' })).toEqual(['review', 'review:review.x'])
  })
})

describe('isDocumentChange', () => {
  it('accepts the webhook projection', () => {
    expect(isDocumentChange({ _id: 'review.a', _type: 'review', slug: 'a' })).toBe(true)
    expect(isDocumentChange({ _id: 'siteSettings', _type: 'siteSettings', slug: null })).toBe(true)
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
  ])('rejects %j', (body) => {
    expect(isDocumentChange(body)).toBe(false)
  })
})
