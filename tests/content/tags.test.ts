import { describe, expect, it } from 'vitest'
import { ALL_CONTENT_TAG, cacheTagsFor, documentTag, typeTag } from '@/lib/content/tags'

describe('cache tags', () => {
  it('name a document by its published id, so a draft edit and its publish expire the same pages', () => {
    expect(documentTag('series', 'drafts.series-love-in-the-big-city')).toBe('series:series-love-in-the-big-city')
    expect(documentTag('series', 'series-love-in-the-big-city')).toBe('series:series-love-in-the-big-city')
    expect(typeTag('review')).toBe('review')
  })

  it('add the site-wide tag once and drop repeats', () => {
    expect(cacheTagsFor(['review', 'review', 'series'])).toEqual(['review', 'series', ALL_CONTENT_TAG])
    expect(cacheTagsFor()).toEqual([ALL_CONTENT_TAG])
  })

  it('refuse what Next.js would silently ignore', () => {
    expect(() => cacheTagsFor([''])).toThrow(RangeError)
    expect(() => cacheTagsFor(Array.from({ length: 128 }, (_, i) => `t${i}`))).toThrow('at most 128')
  })
})
