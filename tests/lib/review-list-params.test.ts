import { describe, expect, it } from 'vitest'

import { parseReviewListView, reviewListHref, searchOf } from '@/lib/reactions/review-list-params'

const base = '/series/love-in-the-big-city/reader-reviews'

describe('the all-reviews page address', () => {
  it('reads a sort, a rating and a page', () => {
    expect(parseReviewListView({ sort: 'lowest', rating: '7', page: '3' })).toEqual({
      sort: 'lowest',
      rating: 7,
      page: 3,
    })
  })

  it('falls back to most helpful, every rating and the first page for values it does not know', () => {
    const fallback = { sort: 'helpful', rating: null, page: 1 }
    expect(parseReviewListView({})).toEqual(fallback)
    expect(parseReviewListView({ sort: 'best', rating: '11', page: '0' })).toEqual(fallback)
    expect(parseReviewListView({ sort: 'SORT', rating: '7.5', page: '-2' })).toEqual(fallback)
    expect(parseReviewListView({ rating: '', page: '02' })).toEqual(fallback)
    expect(parseReviewListView({ rating: 'x', page: '1e3' })).toEqual(fallback)
    // A repeated parameter counts once, as the first.
    expect(parseReviewListView({ sort: ['newest', 'lowest'], rating: ['3', '4'] })).toMatchObject({
      sort: 'newest',
      rating: 3,
    })
  })

  it('writes each view one way, leaving defaults out', () => {
    expect(reviewListHref(base, { sort: 'helpful', rating: null, page: 1 })).toBe(base)
    expect(reviewListHref(base, { sort: 'newest', rating: 9, page: 2 })).toBe(`${base}?sort=newest&rating=9&page=2`)
    expect(reviewListHref(base, { sort: 'helpful', rating: null, page: 3 })).toBe(`${base}?page=3`)
  })

  it('gives back the query string as it came, for comparing with the canonical one', () => {
    expect(searchOf({ sort: 'lowest', rating: '' })).toBe('sort=lowest&rating=')
    expect(searchOf({ sort: ['newest', 'lowest'] })).toBe('sort=newest&sort=lowest')
    expect(searchOf({})).toBe('')
  })
})
