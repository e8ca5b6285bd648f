/**
 * First-load JavaScript per route: every script a browser fetches to show the page (the
 * `<script src>` and script preloads in its HTML), measured gzipped as `next start` sends them,
 * plus the inline scripts (Next's bootstrap and React Server Component payload). Read from the
 * served HTML rather than the build log, which Next 16 no longer prints sizes in.
 */
import { gzipSync } from 'node:zlib'

import type { PageWeight } from './report'

export interface FirstLoadJs {
  path: string
  scriptFiles: number
  /** Sum of the script files, gzipped. */
  gzipBytes: number
  /** Inline `<script>` bodies in the HTML, uncompressed. */
  inlineBytes: number
}

/** Same-origin script URLs a page loads on first view, each once, in document order. */
export function scriptUrlsIn(html: string, pageUrl: string): string[] {
  const urls = new Set<string>()
  const origin = new URL(pageUrl).origin
  const tags = html.match(/<(script|link)\b[^>]*>/gi) ?? []
  for (const tag of tags) {
    const isScript = /^<script/i.test(tag)
    const attribute = (name: string) => new RegExp(`\\s${name}=["']([^"']*)["']`, 'i').exec(tag)?.[1]
    const isScriptPreload =
      !isScript &&
      /^(preload|modulepreload)$/i.test(attribute('rel') ?? '') &&
      (attribute('as') ?? 'script') === 'script'
    const source = isScript ? attribute('src') : isScriptPreload ? attribute('href') : undefined
    if (!source) continue
    const url = new URL(source.replace(/&amp;/g, '&'), pageUrl)
    if (url.origin === origin) urls.add(url.href)
  }
  return [...urls]
}

export function inlineScriptBytes(html: string): number {
  let total = 0
  for (const match of html.matchAll(/<script\b(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/gi))
    total += Buffer.byteLength(match[1])
  return total
}

/** The inline React Server Components payload (`self.__next_f.push(...)` scripts): the page's content a second time. */
export function rscPayloadBytes(html: string): number {
  let total = 0
  for (const match of html.matchAll(/<script\b(?![^>]*\ssrc=)[^>]*>(self\.__next_f[\s\S]*?)<\/script>/gi))
    total += Buffer.byteLength(match[1])
  return total
}

/** A page's HTML weight: all of it, its RSC payload, and gzipped (what a phone downloads). */
export function pageWeight(html: string): PageWeight {
  return { htmlBytes: Buffer.byteLength(html), payloadBytes: rscPayloadBytes(html), gzipBytes: gzipSync(html).length }
}

export async function measureFirstLoadJs(origin: string, paths: string[]): Promise<FirstLoadJs[]> {
  const results: FirstLoadJs[] = []
  for (const path of paths) {
    const response = await fetch(origin + path)
    if (!response.ok) throw new Error(`${path} answered ${response.status}`)
    const html = await response.text()
    const urls = scriptUrlsIn(html, origin + path)
    let gzipBytes = 0
    for (const url of urls) {
      const script = await fetch(url)
      if (!script.ok) throw new Error(`${url} (loaded by ${path}) answered ${script.status}`)
      gzipBytes += gzipSync(Buffer.from(await script.arrayBuffer())).length
    }
    results.push({ path, scriptFiles: urls.length, gzipBytes, inlineBytes: inlineScriptBytes(html) })
  }
  return results
}
