export type ReviewKind = 'series' | 'first-impressions' | 'episode' | 'ending-explained'

const kindLabels: Record<ReviewKind, string> = {
  series: 'Series review',
  'first-impressions': 'First impressions',
  episode: 'Episode review',
  'ending-explained': 'Ending explained',
}

export function reviewKindLabel(kind: string | null | undefined): string {
  return kind && kind in kindLabels ? kindLabels[kind as ReviewKind] : 'Review'
}

/** "Episode 5", "Episodes 1–2", or null for whole-series reviews. */
export function episodeRangeLabel(first: number | null | undefined, last: number | null | undefined): string | null {
  if (typeof first !== 'number') return null
  if (typeof last !== 'number' || last === first) return `Episode ${first}`
  return `Episodes ${first}–${last}`
}
