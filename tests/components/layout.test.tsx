// @vitest-environment jsdom
import { describe, expect, it, vi } from 'vitest'

import { Breadcrumbs } from '@/components/layout/Breadcrumbs'
import { MainContent } from '@/components/layout/MainContent'
import { SiteHeader } from '@/components/layout/SiteHeader'
import { SkipLink } from '@/components/layout/SkipLink'

import { render, texts } from './render'

// The header's search box asks for the app router, which only a running Next app mounts.
vi.mock('next/navigation', () => ({ useRouter: () => ({ push: vi.fn() }) }))

const navigation = [
  { _key: 'a', label: 'Reviews', href: '/reviews' },
  { _key: 'b', label: 'Series', href: '/series' },
  { _key: 'c', label: 'Sneaky', href: 'javascript:alert(1)' },
  { _key: 'd', label: 'Elsewhere', href: '//evil.example/' },
  { _key: 'e', label: 'Publisher', href: 'https://example.com/' },
  { _key: 'f', label: '', href: '/people' },
]

describe('SiteHeader', () => {
  it('shows the site title and only the navigation links that are safe', () => {
    const { doc } = render(
      <SiteHeader title="The Long Take" navigation={navigation} currentPath="/reviews/some-review" />,
    )
    expect(doc.querySelector('header a[href="/"]')?.textContent).toBe('The Long Take')
    const nav = doc.querySelector('nav[aria-label="Main"]')!
    expect(texts(nav.querySelectorAll('a'))).toEqual(['Reviews', 'Series', 'Publisher'])
    expect(nav.querySelector('a[href="https://example.com/"]')?.getAttribute('rel')).toBe('noopener noreferrer')
    expect(nav.querySelector('a[aria-current="page"]')?.textContent).toBe('Reviews')
  })

  it('has a search form that works without JavaScript: a labelled field sent by GET to /search', () => {
    const { doc } = render(<SiteHeader title="The Long Take" navigation={navigation} />)
    const form = doc.querySelector('header form[role="search"]')!
    expect(form.getAttribute('action')).toBe('/search')
    expect(form.getAttribute('method') ?? 'get').toBe('get')
    const input = form.querySelector<HTMLInputElement>('input[name="q"]')!
    expect(input.type).toBe('search')
    expect(doc.querySelector(`label[for="${input.id}"]`)?.textContent).toBe('Search the site')
    expect(form.querySelector('button[type="submit"]')?.textContent).toBe('Search')
    // The combobox and its popup are only there once JavaScript can run them.
    expect(input.getAttribute('role')).toBeNull()
    expect(input.hasAttribute('aria-expanded')).toBe(false)
    expect(form.querySelector('[role="listbox"]')).toBeNull()
  })
})

describe('skip link', () => {
  it('points at the main region', () => {
    const { doc } = render(
      <>
        <SkipLink />
        <MainContent>content</MainContent>
      </>,
    )
    const target = doc.querySelector('a')!.getAttribute('href')!.slice(1)
    expect(doc.getElementById(target)?.tagName).toBe('MAIN')
  })
})

describe('Breadcrumbs', () => {
  it('links the trail and marks the last crumb as the current page', () => {
    const { doc } = render(
      <Breadcrumbs
        items={[
          { label: 'Series', href: '/series' },
          { label: 'Love in the Big City', href: '/series/x' },
          { label: 'Episode 5' },
        ]}
      />,
    )
    expect(texts(doc.querySelectorAll('nav[aria-label="Breadcrumb"] a'))).toEqual(['Series', 'Love in the Big City'])
    expect(doc.querySelector('[aria-current="page"]')?.textContent).toBe('Episode 5')
  })
})
