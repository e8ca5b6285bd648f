import { describe, expect, it } from 'vitest'
import { safeHref } from '@/lib/safe-href'

describe('safeHref', () => {
  it('keeps web and mail links', () => {
    expect(safeHref('https://example.com/review')).toBe('https://example.com/review')
    expect(safeHref('  http://example.com  ')).toBe('http://example.com/')
    expect(safeHref('mailto:desk@example.com?subject=Hello')).toBe('mailto:desk@example.com?subject=Hello')
  })

  it('drops script and data links in any disguise', () => {
    for (const href of [
      'javascript:alert(1)',
      'JavaScript:alert(1)',
      'java\nscript:alert(1)',
      ' javascript:alert(1)',
      'java\tscript:x',
      'data:text/html;base64,PHNjcmlwdD4=',
      'vbscript:msgbox',
      'file:///etc/passwd',
    ]) {
      expect(safeHref(href), href).toBeNull()
    }
  })

  it('drops links that hide credentials or have no host', () => {
    expect(safeHref('https://bank.example@evil.example/')).toBeNull()
    expect(safeHref('https://user:pass@example.com/')).toBeNull()
    expect(safeHref('https://')).toBeNull()
    expect(safeHref('mailto:')).toBeNull()
    expect(safeHref('mailto:not-an-address')).toBeNull()
  })

  it('drops non-strings and blanks', () => {
    for (const value of [undefined, null, 42, {}, '', '   ']) expect(safeHref(value)).toBeNull()
  })

  it('honours a narrower protocol list', () => {
    expect(safeHref('mailto:desk@example.com', { protocols: ['https:', 'http:'] })).toBeNull()
    expect(safeHref('https://example.com', { protocols: ['https:'] })).toBe('https://example.com/')
  })

  it('accepts paths on this site only when asked, and never protocol-relative ones', () => {
    expect(safeHref('/reviews')).toBeNull()
    expect(safeHref('/reviews', { allowSitePaths: true })).toBe('/reviews')
    expect(safeHref('//evil.example', { allowSitePaths: true })).toBeNull()
    expect(safeHref('/\\evil.example', { allowSitePaths: true })).toBeNull()
  })
})
