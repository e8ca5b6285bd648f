import { describe, expect, it } from 'vitest'

import { hrefForDocument, moderationItemPath, moderationPath, readerReviewsPath } from '@/lib/routes'

describe('hrefForDocument', () => {
  it('gives each document type its fixed site path', () => {
    expect(hrefForDocument({ _type: 'series', slug: 'love-in-the-big-city' })).toBe('/series/love-in-the-big-city')
    expect(hrefForDocument({ _type: 'episode', number: 5, series: { slug: 'love-in-the-big-city' } })).toBe(
      '/series/love-in-the-big-city/episodes/5',
    )
    expect(hrefForDocument({ _type: 'review', slug: 'a-review' })).toBe('/reviews/a-review')
    expect(hrefForDocument({ _type: 'person', slug: 'nam-yoon-su' })).toBe('/people/nam-yoon-su')
    expect(hrefForDocument({ _type: 'critic', slug: 'mara-seo' })).toBe('/critics/mara-seo')
    expect(hrefForDocument({ _type: 'article', slug: 'trailer' })).toBe('/news/trailer')
    expect(hrefForDocument({ _type: 'character', slug: null, series: { slug: 'love-in-the-big-city' } })).toBe(
      '/series/love-in-the-big-city',
    )
  })

  it('returns null when the path cannot be built', () => {
    expect(hrefForDocument(null)).toBeNull()
    expect(hrefForDocument({ _type: 'review', slug: null })).toBeNull()
    expect(hrefForDocument({ _type: 'episode', number: 5, series: null })).toBeNull()
    expect(hrefForDocument({ _type: 'episode', number: 0, series: { slug: 'x' } })).toBeNull()
    expect(hrefForDocument({ _type: 'siteSettings', slug: 'x' })).toBeNull()
  })

  it('escapes slugs so a malformed one cannot change the path', () => {
    expect(hrefForDocument({ _type: 'review', slug: '../studio?x' })).toBe('/reviews/..%2Fstudio%3Fx')
  })

  it('puts the reader reviews of a series or an episode under its page', () => {
    expect(readerReviewsPath('love-in-the-big-city')).toBe('/series/love-in-the-big-city/reader-reviews')
    expect(readerReviewsPath('love-in-the-big-city', 5)).toBe('/series/love-in-the-big-city/episodes/5/reader-reviews')
  })
})

describe('moderation paths', () => {
  it('put the queue, its pages and each item under /moderation, with the id kept to one segment', () => {
    expect(moderationPath()).toBe('/moderation')
    expect(moderationPath('blocks')).toBe('/moderation/blocks')
    expect(moderationPath('terms')).toBe('/moderation/terms')
    expect(moderationItemPath('sample-comment-08')).toBe('/moderation/items/sample-comment-08')
    expect(moderationItemPath('a/../b?c')).toBe('/moderation/items/a%2F..%2Fb%3Fc')
  })
})
