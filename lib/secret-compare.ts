import { createHash, timingSafeEqual } from 'node:crypto'

/** Compares a submitted secret with the expected one in constant time, whatever their lengths. */
export function secretsMatch(submitted: string | null | undefined, expected: string | undefined): boolean {
  if (!submitted || !expected) return false
  const digest = (value: string) => createHash('sha256').update(value).digest()
  return timingSafeEqual(digest(submitted), digest(expected))
}
