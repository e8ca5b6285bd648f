/** What the benchmarks measure: one page of each kind on the bundled dataset, and the bare baseline. */
export const barePath = '/bench/bare'

/**
 * The bare page padded to about `bytes` of HTML (app/bench/bare/[kilobytes]): a page's weight with
 * none of its components.
 */
export function weightedBarePath(bytes: number): string {
  return `${barePath}/${Math.max(1, Math.round(bytes / 1024))}`
}

export const measuredPages = [
  { kind: 'home', path: '/' },
  { kind: 'series', path: '/series/love-in-the-big-city' },
  { kind: 'episode', path: '/series/love-in-the-big-city/episodes/1' },
  { kind: 'review', path: '/reviews/love-in-the-big-city-review' },
  { kind: 'person', path: '/people/nam-yoon-su' },
] as const

export const reviewPath = '/reviews/love-in-the-big-city-review'

/** Where benchmark builds go: inside node_modules, which git, tsc and ESLint all leave alone. */
export const benchDistDir = process.env.BENCH_DIST_DIR ?? 'node_modules/.cache/next-bench'
export const scalingDistDir = `${benchDistDir}-50x`

/** Builds with the bare pages, which only the bench build has (next.config.js pageExtensions). */
export const benchBuildEnv = { BENCH_PAGES: '1' } as const

export const ports = {
  next: 3280,
  staticCeiling: 3281,
  readerOn: 3282,
  readerOff: 3283,
  scaleOutA: 3287,
  scaleOutB: 3288,
  scaleOutRedis: 6393,
  floor: 3289,
} as const
