import { describe, expect, it } from 'vitest'

import { groupSuggestions, moveActiveIndex, searchPageHref, suggestionCountMessage } from '@/lib/search/suggestions'

const result = (type: 'series' | 'episode' | 'person' | 'review', title: string) => ({
  type,
  title,
  subtitle: '',
  url: `/${type}/${title}`,
})

describe('groupSuggestions', () => {
  it('puts the group of the best result first and numbers options in the order they are shown', () => {
    const groups = groupSuggestions([
      result('person', 'Nam Yoon-su'),
      result('review', 'Review A'),
      result('person', 'Kim Go-eun'),
      result('series', 'Love in the Big City'),
      result('review', 'Review B'),
    ])
    expect(groups.map((group) => group.label)).toEqual(['People', 'Reviews', 'Series'])
    expect(groups.map((group) => group.options.map((option) => [option.index, option.result.title]))).toEqual([
      [
        [0, 'Nam Yoon-su'],
        [1, 'Kim Go-eun'],
      ],
      [
        [2, 'Review A'],
        [3, 'Review B'],
      ],
      [[4, 'Love in the Big City']],
    ])
  })

  it('has no groups for no results', () => {
    expect(groupSuggestions([])).toEqual([])
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
