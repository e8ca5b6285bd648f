import { describe, expect, it } from 'vitest'
import {
  defaultReviewRevealsUpTo,
  isStillAiring,
  reviewBodyRevealsUpTo,
  reviewRevealsUpTo,
} from '@/lib/spoilers/reveals'

// The defaults editors rely on when they leave a review's "Reveals up to episode" empty; the site
// and the Studio's warnings read the same functions.

describe('what a review reveals when the editor leaves the marker empty', () => {
  it('an episode review reveals its episode', () => {
    expect(defaultReviewRevealsUpTo({ kind: 'episode', firstEpisode: 5, lastEpisode: 5 }, 8)).toBe(5)
  })

  it('an ending explained reveals the last episode of the series, whatever range it covers', () => {
    expect(defaultReviewRevealsUpTo({ kind: 'ending-explained', firstEpisode: 7, lastEpisode: 7 }, 8)).toBe(8)
    expect(defaultReviewRevealsUpTo({ kind: 'ending-explained', firstEpisode: 7, lastEpisode: 8 }, null)).toBe(8)
  })

  it('first impressions reveal their last episode', () => {
    expect(defaultReviewRevealsUpTo({ kind: 'first-impressions', firstEpisode: 1, lastEpisode: 2 }, 8)).toBe(2)
  })

  it('a series review reveals nothing: its plot turns sit in spoiler blocks', () => {
    expect(defaultReviewRevealsUpTo({ kind: 'series' }, 8)).toBeNull()
  })

  it('gives way to the editor’s marker, in either direction', () => {
    expect(reviewRevealsUpTo(1, { kind: 'episode', firstEpisode: 5, lastEpisode: 5 }, 8)).toBe(1)
    expect(reviewRevealsUpTo(8, { kind: 'series' }, 8)).toBe(8)
    expect(reviewRevealsUpTo(null, { kind: 'episode', firstEpisode: 5, lastEpisode: 5 }, 8)).toBe(5)
  })
})

describe('what a review’s running text reveals', () => {
  it('covers its episodes, and a series review only when it declares full spoilers', () => {
    expect(reviewBodyRevealsUpTo({ kind: 'episode', firstEpisode: 4, lastEpisode: 4 }, 8)).toBe(4)
    expect(reviewBodyRevealsUpTo({ kind: 'series', spoilerLevel: 'light' }, 8)).toBeNull()
    expect(reviewBodyRevealsUpTo({ kind: 'series', spoilerLevel: 'full' }, 8)).toBe(8)
  })
})

describe('a series still airing', () => {
  it('has no finale date yet, or a finale today or later', () => {
    expect(isStillAiring({ finaleDate: null }, '2025-01-01')).toBe(true)
    expect(isStillAiring({ finaleDate: '2025-01-01' }, '2025-01-01')).toBe(true)
    expect(isStillAiring({ finaleDate: '2024-10-21' }, '2025-01-01')).toBe(false)
  })
})
