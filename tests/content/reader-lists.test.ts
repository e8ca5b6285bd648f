import { describe, expect, it } from 'vitest'

const { pageFromSegment } = await import('@/lib/content/reader-lists')

/** What Next does with what a route throws: the digest of notFound(). */
function outcome(run: () => unknown): string {
  try {
    return `page ${String(run())}`
  } catch (error) {
    return String((error as { digest?: unknown }).digest)
  }
}

describe('pageFromSegment', () => {
  it('gives the page number of a later page', () => {
    expect(outcome(() => pageFromSegment('2'))).toBe('page 2')
    expect(outcome(() => pageFromSegment('37'))).toBe('page 37')
  })

  // next.config.js redirects `<list>/page/1` to the list, so the route serves pages 2 and on only.
  it.each(['1', '0', '-3', '01', '2.5', 'page', '%32'])('gives the 404 for %j', (segment) => {
    expect(outcome(() => pageFromSegment(segment))).toBe('NEXT_HTTP_ERROR_FALLBACK;404')
  })
})
