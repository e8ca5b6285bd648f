import { describe, expect, it } from 'vitest'
import { sameOriginPath } from '@/lib/safe-redirect'
import { secretsMatch } from '@/lib/secret-compare'

describe('sameOriginPath', () => {
  it.each([
    ['/reviews/love-in-the-big-city', '/reviews/love-in-the-big-city'],
    ['/series/x?tab=cast#episodes', '/series/x?tab=cast#episodes'],
    ['/a/../b', '/b'],
  ])('keeps the site path %s', (input, expected) => {
    expect(sameOriginPath(input)).toBe(expected)
  })

  it.each([
    null,
    '',
    'https://evil.example/',
    '//evil.example/path',
    '/\\evil.example',
    '\\\\evil.example',
    'javascript:alert(1)',
    '/\r\nSet-Cookie: x=1',
    'reviews/relative',
  ])('sends %j to the home page', (input) => {
    expect(sameOriginPath(input)).toBe('/')
  })

  it('keeps encoded line breaks encoded, so they cannot split the Location header', () => {
    const result = sameOriginPath('/%0d%0aLocation:%20https://evil.example')
    expect(result).not.toMatch(/[\r\n]/)
    expect(new URL(result, 'http://site.test').origin).toBe('http://site.test')
  })
})

describe('secretsMatch', () => {
  it('accepts only the exact secret', () => {
    expect(secretsMatch('correct-horse-battery', 'correct-horse-battery')).toBe(true)
    expect(secretsMatch('correct-horse-batterY', 'correct-horse-battery')).toBe(false)
    expect(secretsMatch('correct', 'correct-horse-battery')).toBe(false)
    expect(secretsMatch(null, 'correct-horse-battery')).toBe(false)
    expect(secretsMatch('anything', undefined)).toBe(false)
  })
})
