import type { RateLimitResult } from './store'

/**
 * A sliding-window count from two fixed windows: the current window's hits plus the previous
 * window's, weighted by how much of the previous window the sliding one still covers. Fixed windows
 * alone let a burst straddling their edge through at twice the limit; a log of every hit would be
 * exact but costs a row a hit, where this keeps one row per key and window.
 */
export function slidingWindowVerdict(input: {
  /** Hits in the current fixed window, this one included. */
  hits: number
  previousHits: number
  limit: number
  windowMs: number
  /** How far into the current fixed window this hit came. */
  elapsedMs: number
}): RateLimitResult {
  const { hits, previousHits, limit, windowMs, elapsedMs } = input
  const remainingMs = windowMs - elapsedMs
  const counted = (previousHits * remainingMs) / windowMs + hits
  return { allowed: counted <= limit, hits, retryAfterSeconds: Math.max(1, Math.ceil(waitMs() / 1000)) }

  /** Until one more hit would be allowed, if nothing else is counted meanwhile. */
  function waitMs(): number {
    if (hits + 1 <= limit) {
      // Still in this window, once enough of the previous one has slid out.
      if (previousHits === 0) return 0
      return Math.max(0, remainingMs - (windowMs * (limit - hits - 1)) / previousHits)
    }
    // Into the next window, once enough of this one has slid out.
    return remainingMs + Math.max(0, windowMs * (1 - (limit - 1) / hits))
  }
}
