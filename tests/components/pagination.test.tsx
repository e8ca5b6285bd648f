// @vitest-environment jsdom
import { describe, expect, it } from 'vitest'

import { Pagination } from '@/components/layout/Pagination'

import { render, texts } from './render'

describe('Pagination', () => {
  it('renders nothing for a list of one page', () => {
    expect(render(<Pagination list="/reviews" page={1} pageCount={1} />).html).toBe('')
  })

  it('is a labelled navigation with previous, numbered and next links, the current page marked', () => {
    const { doc } = render(<Pagination list="/reviews" page={3} pageCount={5} />)
    const nav = doc.querySelector('nav[aria-label="Pagination"]')!
    expect(nav).not.toBeNull()
    const links = [...nav.querySelectorAll('a')]
    expect(texts(links)).toEqual(['← Previous', '1', '2', '3', '4', '5', 'Next →'])
    expect(links.map((link) => link.getAttribute('href'))).toEqual([
      '/reviews/page/2',
      '/reviews',
      '/reviews/page/2',
      '/reviews/page/3',
      '/reviews/page/4',
      '/reviews/page/5',
      '/reviews/page/4',
    ])
    expect(nav.querySelectorAll('[aria-current]')).toHaveLength(1)
    expect(nav.querySelector('[aria-current="page"]')?.getAttribute('aria-label')).toBe('Page 3')
    expect(nav.querySelector('a[rel="prev"]')?.getAttribute('href')).toBe('/reviews/page/2')
    expect(nav.querySelector('a[rel="next"]')?.getAttribute('href')).toBe('/reviews/page/4')
  })

  it('has no previous link on the first page and no next link on the last', () => {
    const first = render(<Pagination list="/people" page={1} pageCount={2} />).doc
    expect(texts(first.querySelectorAll('a'))).toEqual(['1', '2', 'Next →'])
    expect(first.querySelector('[aria-current="page"]')?.getAttribute('href')).toBe('/people')
    const last = render(<Pagination list="/people" page={2} pageCount={2} />).doc
    expect(texts(last.querySelectorAll('a'))).toEqual(['← Previous', '1', '2'])
  })

  it('folds long runs of pages into gaps hidden from screen readers', () => {
    const { doc } = render(<Pagination list="/news" page={10} pageCount={30} />)
    expect(texts(doc.querySelectorAll('a[aria-label]'))).toEqual(['1', '9', '10', '11', '30'])
    const gaps = [...doc.querySelectorAll('li[aria-hidden="true"]')]
    expect(texts(gaps)).toEqual(['…', '…'])
  })
})
