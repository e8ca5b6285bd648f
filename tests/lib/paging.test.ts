import { describe, expect, it } from 'vitest'

import { laterPageParams, loadListPage, pageCount, pageSlice, pageWindow, parsePageNumber } from '@/lib/paging'
import { listPagePath } from '@/lib/routes'

describe('parsePageNumber', () => {
  it('accepts page numbers written the canonical way', () => {
    expect(parsePageNumber('1')).toBe(1)
    expect(parsePageNumber('2')).toBe(2)
    expect(parsePageNumber('10')).toBe(10)
    expect(parsePageNumber('100000')).toBe(100_000)
  })

  it.each([
    '0',
    '-1',
    '+2',
    '02',
    '00',
    '2.0',
    '1.5',
    '1e3',
    '0x10',
    ' 2',
    '2 ',
    '',
    'two',
    '２',
    '100001',
    '9999999999999999999999',
    'Infinity',
    'NaN',
  ])('refuses %j', (segment) => {
    expect(parsePageNumber(segment)).toBeNull()
  })

  it('refuses a missing segment', () => {
    expect(parsePageNumber(undefined)).toBeNull()
    expect(parsePageNumber(null)).toBeNull()
  })
})

describe('page arithmetic', () => {
  it('counts pages, with one page for an empty list', () => {
    expect([0, 1, 24, 25, 48, 49].map((total) => pageCount(total, 24))).toEqual([1, 1, 1, 2, 2, 3])
  })

  it('slices page n from (n - 1) * size, end exclusive', () => {
    expect(pageSlice(1, 24)).toEqual({ start: 0, end: 24 })
    expect(pageSlice(3, 48)).toEqual({ start: 96, end: 144 })
  })

  it('prerenders the pages after the first', () => {
    expect(laterPageParams(24, 24)).toEqual([])
    expect(laterPageParams(0, 24)).toEqual([])
    expect(laterPageParams(73, 24)).toEqual([{ page: '2' }, { page: '3' }, { page: '4' }])
  })

  it('puts page 1 at the list address and later pages under /page/', () => {
    expect(listPagePath('/reviews', 1)).toBe('/reviews')
    expect(listPagePath('/people', 2)).toBe('/people/page/2')
    expect(listPagePath('/news', 12)).toBe('/news/page/12')
  })
})

describe('loadListPage', () => {
  const items = Array.from({ length: 5 }, (_, index) => index)
  const fetchPage = async ({ start, end }: { start: number; end: number }) => ({
    total: items.length,
    items: items.slice(start, end),
  })

  it('returns the page with its number and the page count', async () => {
    expect(await loadListPage(fetchPage, 2, 2)).toEqual({ total: 5, items: [2, 3], page: 2, pageCount: 3 })
    expect(await loadListPage(fetchPage, 3, 2)).toEqual({ total: 5, items: [4], page: 3, pageCount: 3 })
  })

  it('returns null past the last page, and page 1 of an empty list', async () => {
    expect(await loadListPage(fetchPage, 4, 2)).toBeNull()
    expect(await loadListPage(async () => ({ total: 0, items: [] }), 1, 24)).toEqual({
      total: 0,
      items: [],
      page: 1,
      pageCount: 1,
    })
    expect(await loadListPage(async () => ({ total: 0, items: [] }), 2, 24)).toBeNull()
  })
})

describe('pageWindow', () => {
  it('shows every page of a short list', () => {
    expect(pageWindow(1, 1)).toEqual([1])
    expect(pageWindow(2, 5)).toEqual([1, 2, 3, 4, 5])
  })

  it('keeps the first, the last and the current page with its neighbours, with gaps between', () => {
    expect(pageWindow(1, 20)).toEqual([1, 2, null, 20])
    expect(pageWindow(10, 20)).toEqual([1, null, 9, 10, 11, null, 20])
    expect(pageWindow(20, 20)).toEqual([1, null, 19, 20])
  })

  it('shows a lone page instead of a gap that would hide only it', () => {
    expect(pageWindow(4, 20)).toEqual([1, 2, 3, 4, 5, null, 20])
    expect(pageWindow(17, 20)).toEqual([1, null, 16, 17, 18, 19, 20])
  })
})
