import { describe, expect, it } from 'vitest'

import { slidingWindowVerdict } from '@/lib/reactions/store/sliding-window'

const windowMs = 60_000

/** One more hit `afterMs` after a hit that left these counts, as the store would count it. */
function nextHit(state: { hits: number; previousHits: number; elapsedMs: number; limit: number }, afterMs: number) {
  const at = state.elapsedMs + afterMs
  const windowsOn = Math.floor(at / windowMs)
  const hits = windowsOn === 0 ? state.hits + 1 : 1
  const previousHits = windowsOn === 0 ? state.previousHits : windowsOn === 1 ? state.hits : 0
  return slidingWindowVerdict({ hits, previousHits, limit: state.limit, windowMs, elapsedMs: at % windowMs })
}

describe('slidingWindowVerdict', () => {
  it('allows up to the limit however the hits fall across the edge', () => {
    for (let before = 0; before <= 10; before++) {
      const after = 10 - before
      const verdict = slidingWindowVerdict({ hits: after, previousHits: before, limit: 10, windowMs, elapsedMs: 1 })
      expect(verdict.allowed).toBe(true)
      expect(
        slidingWindowVerdict({ hits: after + 1, previousHits: before, limit: 10, windowMs, elapsedMs: 1 }).allowed,
      ).toBe(false)
    }
  })

  it('lets the previous window slide out in proportion to the time passed', () => {
    const verdict = (elapsedMs: number) =>
      slidingWindowVerdict({ hits: 1, previousHits: 20, limit: 10, windowMs, elapsedMs })
    expect(verdict(30_000).allowed).toBe(false) // 20 × ½ + 1
    expect(verdict(33_000).allowed).toBe(true) // 20 × 0.45 + 1
  })

  it('asks a refused caller to wait exactly until one more hit is allowed', () => {
    for (const limit of [1, 5, 10, 60])
      for (const previousHits of [0, 1, limit, 2 * limit])
        for (const hits of [1, limit, limit + 1, 2 * limit])
          for (const elapsedMs of [0, 1_000, 29_500, 59_999]) {
            const state = { hits, previousHits, limit, elapsedMs }
            const verdict = slidingWindowVerdict({ ...state, windowMs })
            if (verdict.allowed) continue
            const waitMs = verdict.retryAfterSeconds * 1000
            expect(nextHit(state, waitMs).allowed, JSON.stringify(state)).toBe(true)
            // Rounded up to whole seconds, so more than a second earlier is still too soon.
            if (waitMs > 1000) expect(nextHit(state, waitMs - 1001).allowed, JSON.stringify(state)).toBe(false)
          }
  })
})
