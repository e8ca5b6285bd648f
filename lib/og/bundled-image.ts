/**
 * Images on share cards come from the repository only: a bundled dataset image (an SVG under
 * sanity/seed/images) is embedded as a data URL. Content Lake images are left off the card
 * rather than fetched, so drawing a card never depends on the network.
 */
import { readFile } from 'node:fs/promises'
import path from 'node:path'

import { imageUrl } from '@/lib/content/image'
import { env } from '@/lib/env/server'

const BUNDLED_PREFIX = '/bundled-images/'
// SVG <text> in a script the card renderer has no font for would be drawn as empty boxes.
const TEXT_ELEMENT = /<text\b[^>]*>([\s\S]*?)<\/text>/g
const BEYOND_LATIN = /[^\u0000-\u024F\u2000-\u206F\s]/u

/** Removes the SVG's text runs that the card fonts cannot draw (e.g. a Korean title on a poster). */
export function withoutUndrawableText(svg: string): string {
  return svg.replace(TEXT_ELEMENT, (element, content: string) => (BEYOND_LATIN.test(content) ? '' : element))
}
const SAFE_FILE_NAME = /^[A-Za-z0-9][A-Za-z0-9._-]*\.svg$/

export async function bundledImageDataUrl(
  image: Parameters<typeof imageUrl>[0] | null | undefined,
): Promise<string | null> {
  if (!image) return null
  const url = imageUrl(image, { width: 600 })
  if (!url?.startsWith(BUNDLED_PREFIX)) return null
  const fileName = decodeURIComponent(url.slice(BUNDLED_PREFIX.length).split(/[?#]/)[0])
  if (!SAFE_FILE_NAME.test(fileName)) return null
  try {
    const svg = await readFile(
      path.join(path.dirname(path.resolve(env.bundledDatasetFile)), 'images', fileName),
      'utf8',
    )
    return `data:image/svg+xml;base64,${Buffer.from(withoutUndrawableText(svg)).toString('base64')}`
  } catch {
    // A missing file costs the card its picture, not the whole card.
    return null
  }
}
