import { describe, expect, it } from 'vitest'

import { moveActiveIndex, searchPageHref, suggestionCountMessage } from '@/lib/search/suggestions'
import { groupByType, type SearchType } from '@/lib/search/types'

const result = (type: SearchType, title: string) => ({ type, title, subtitle: '', url: `/${type}/${title}` })

// The box numbers its options in this order, so ArrowDown then Enter opens the best match.
describe('groupByType', () => {
  it('puts the group of the best result first and keeps best-first order inside each group', () => {
    const groups = groupByType([
      result('person', 'Nam Yoon-su'),
      result('review', 'Review A'),
      result('person', 'Kim Go-eun'),
      result('series', 'Love in the Big City'),
      result('review', 'Review B'),
    ])
    expect(groups.map((group) => [group.label, group.results.map((found) => found.title)])).toEqual([
      ['People', ['Nam Yoon-su', 'Kim Go-eun']],
      ['Reviews', ['Review A', 'Review B']],
      ['Series', ['Love in the Big City']],
    ])
  })
})

describe('moveActiveIndex', () => {
  it('starts at the first option going down and at the last going up', () => {
    expect(moveActiveIndex(-1, 4, 1)).toBe(0)
    expect(moveActiveIndex(-1, 4, -1)).toBe(3)
  })

  it('moves one step and wraps at both ends', () => {
    expect(moveActiveIndex(1, 4, 1)).toBe(2)
    expect(moveActiveIndex(2, 4, -1)).toBe(1)
    expect(moveActiveIndex(3, 4, 1)).toBe(0)
    expect(moveActiveIndex(0, 4, -1)).toBe(3)
  })

  it('has nothing to move to without options, and restarts from an index the list no longer has', () => {
    expect(moveActiveIndex(-1, 0, 1)).toBe(-1)
    expect(moveActiveIndex(2, 0, -1)).toBe(-1)
    expect(moveActiveIndex(7, 3, 1)).toBe(0)
  })
})

describe('suggestionCountMessage', () => {
  it('counts suggestions, or says there are none for the query', () => {
    expect(suggestionCountMessage(5, 'nam')).toBe('5 suggestions')
    expect(suggestionCountMessage(1, 'nam')).toBe('1 suggestion')
    expect(suggestionCountMessage(0, 'xyz')).toBe('No suggestions for “xyz”')
  })
})

describe('searchPageHref', () => {
  it('encodes the query as the search form would', () => {
    expect(searchPageHref('남윤수')).toBe('/search?q=%EB%82%A8%EC%9C%A4%EC%88%98')
    expect(searchPageHref('nam yoon-su & co')).toBe('/search?q=nam+yoon-su+%26+co')
  })
})
