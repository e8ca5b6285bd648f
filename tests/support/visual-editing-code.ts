/**
 * What readers must never be sent: stega marks (the invisible characters visual editing hides a
 * string's Studio source in) and the code of the Studio's overlays. Shared by the e2e check on the
 * bundled build and the Content Lake check against the stub.
 */
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { scriptUrlsIn } from '../bench/first-load-js'

/**
 * A stega mark: a run of the zero-width characters @vercel/stega encodes with (4 of them open every
 * mark). Four in a row never occur in text an editor typed.
 */
export const STEGA_RUN = /[\u200b\u200c\u200d\u2060-\u2064\ufeff]{4,}|[\u{1d173}-\u{1d17a}]{4,}/u

/**
 * Strings only the overlays' code holds: @sanity/visual-editing's custom element, and the warning
 * the site's own wrapper (components/preview/PresentationOverlays.tsx) prints.
 */
export const VISUAL_EDITING_MARKERS = ['sanity-visual-editing', '[visual-editing] stega in'] as const

export function visualEditingMarkerIn(code: string): string | undefined {
  return VISUAL_EDITING_MARKERS.find((marker) => code.includes(marker))
}

/** The build's client chunks holding overlay code, as `/_next/static/chunks/...` paths. */
export function visualEditingChunks(distDir: string): string[] {
  const root = path.join(distDir, 'static', 'chunks')
  const files = readdirSync(root, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.js'))
  return files
    .filter((file) => visualEditingMarkerIn(readFileSync(path.join(root, file), 'utf8')))
    .map((file) => `/_next/static/chunks/${file.split(path.sep).join('/')}`)
}

export interface ServedPage {
  status: number
  html: string
  /** Every script the HTML loads (src and preloads), with its body. */
  scripts: { url: string; body: string }[]
}

export async function servedPage(origin: string, pagePath: string, headers: Record<string, string> = {}) {
  const response = await fetch(origin + pagePath, { headers })
  const html = await response.text()
  const scripts = await Promise.all(
    scriptUrlsIn(html, origin + pagePath).map(async (url) => ({ url, body: await (await fetch(url)).text() })),
  )
  return { status: response.status, html, scripts } satisfies ServedPage
}
