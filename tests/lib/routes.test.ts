import { describe, expect, it } from 'vitest'

import {
  characterAnchor,
  hrefForDocument,
  moderationItemPath,
  moderationPath,
  readerReviewsPath,
  seriesGuidePath,
  seriesSectionPath,
} from '@/lib/routes'

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
      '/series/love-in-the-big-city/cast',
    )
  })

  it("takes a character to their entry in the series' cast, the same for a draft as for the published document", () => {
    const series = { slug: 'love-in-the-big-city' }
    expect(hrefForDocument({ _type: 'character', _id: 'character-go-young', series })).toBe(
      '/series/love-in-the-big-city/cast#character-go-young',
    )
    expect(hrefForDocument({ _type: 'character', _id: 'drafts.character-go-young', series })).toBe(
      '/series/love-in-the-big-city/cast#character-go-young',
    )
    expect(characterAnchor('versions.r123.character-go-young')).toBe('character-go-young')
    // Ids the Studio generates have no type prefix: the anchor adds one, so it never starts with a digit.
    expect(characterAnchor('0b6c1f5e-6d7a-4f3e')).toBe('character-0b6c1f5e-6d7a-4f3e')
    expect(hrefForDocument({ _type: 'character', _id: 'character-go-young', series: null })).toBeNull()
  })

  it('puts the cast, the episode guide and the reviews of a series under its page', () => {
    expect(seriesSectionPath('love-in-the-big-city', 'cast')).toBe('/series/love-in-the-big-city/cast')
    expect(seriesGuidePath('love-in-the-big-city')).toBe('/series/love-in-the-big-city/episodes')
    expect(seriesSectionPath('love-in-the-big-city', 'reviews')).toBe('/series/love-in-the-big-city/reviews')
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
