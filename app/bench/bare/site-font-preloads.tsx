import { readFileSync } from 'node:fs'
import path from 'node:path'
import { preload } from 'react-dom'

/** The page whose font preloads the baselines copy: every reader page has the same ones. */
const readerPageEntry = '[project]/app/(site)/page'

/**
 * The serif preloads a reader page's head carries, for the baseline pages. Next finds a page's
 * fonts by its file name less one extension, so `page.bench.tsx` misses its font-manifest entry
 * and gets none. Without them Lighthouse's simulation makes a baseline's first paint wait for the
 * serif (about 450 ms later than a reader page's), and total blocking time then leaves out the
 * long task a reader page has after its first paint.
 */
export function SiteFontPreloads() {
  const manifestPath = path.join(process.env.NEXT_DIST_DIR || '.next', 'server', 'next-font-manifest.json')
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as { app: Record<string, string[] | undefined> }
  // No entry: the site preloads no font, and neither do the baselines.
  for (const file of manifest.app[readerPageEntry] ?? []) preload(`/_next/${file}`, { as: 'font', type: 'font/woff2' })
  return null
}
