import { describe, expect, it } from 'vitest'
import { queryReads } from '@/lib/content/query-reads'
import { DOCUMENT_TYPES } from '@/lib/content/document-types'
import { ALL_CONTENT_TAG, ANY_CHANGE_TAG, cacheTagsForRead, documentTag } from '@/lib/content/tags'

describe('document tags', () => {
  it('name a document by its published id, so a draft edit and its publish expire the same pages', () => {
    expect(documentTag('drafts.series-love-in-the-big-city')).toBe('doc:series-love-in-the-big-city')
    expect(documentTag('series-love-in-the-big-city')).toBe('doc:series-love-in-the-big-city')
  })
})

describe('what a query reads', () => {
  it('finds the selected types and the fields their filters and orderings use', () => {
    const reads = queryReads(`{
      "items": *[_type == "review" && series._ref == ^._id && defined(slug.current) && ^._id in directors[]._ref]
        | order(publishedAt desc, _id asc)[$start...$end]{ _id, "critic": critic->{ _id, name } },
      "people": *[_type in ["person", "character"] && references(^._id)]{ _id }
    }`)
    expect(reads.types).toEqual(['character', 'person', 'review'])
    expect(reads.anyType).toBe(false)
    expect(reads.listingFields.review).toEqual(['directors', 'publishedAt', 'series', 'slug'])
    expect(reads.listingFields.person).toEqual(['*'])
  })

  it('notices a filter that does not pin the type', () => {
    expect(queryReads('*[slug.current == $slug][0]{ _id }').anyType).toBe(true)
  })
})

describe('cacheTagsForRead', () => {
  const query = '*[_type == "review" && slug.current == $slug][0]{ _id, "series": series->{ _id, title } }'

  it('tags every document in the result, every selected type and the whole site', () => {
    const result = { _id: 'review-a', series: { _id: 'series-b', title: 'B' } }
    expect(cacheTagsForRead(query, result)).toEqual([ALL_CONTENT_TAG, 'review', 'doc:review-a', 'doc:series-b'])
  })

  it('tags an empty result with the type, so the document appearing refreshes it', () => {
    expect(cacheTagsForRead(query, null)).toEqual([ALL_CONTENT_TAG, 'review'])
  })

  it('tags every type when a filter leaves the type open', () => {
    expect(cacheTagsForRead('*[defined(slug.current)]{ _id }', [])).toEqual([ALL_CONTENT_TAG, ...DOCUMENT_TYPES])
  })

  it('falls back to any-change when a result names more documents than Next keeps tags for', () => {
    const many = Array.from({ length: 200 }, (_, index) => ({ _id: `review-${index}` }))
    expect(cacheTagsForRead('*[_type == "review"]{ _id }', many)).toEqual([ALL_CONTENT_TAG, 'review', ANY_CHANGE_TAG])
  })
})
