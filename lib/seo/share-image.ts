/**
 * Share images for pages without a generated card. Facebook, X and most chat apps refuse SVG, so
 * an SVG (every bundled image is one) is left out rather than offered as a broken preview.
 */
import { imageUrl } from '@/lib/content/image'

import type { ShareImage } from './metadata'
import type { ContentImageSource } from './json-ld/shared'

export function shareImage(
  image: (ContentImageSource & { alt?: string | null }) | null | undefined,
  width = 1200,
  height = 630,
): ShareImage | null {
  if (!image) return null
  const url = imageUrl(image, { width, height })
  if (!url || /\.svg(?:$|[?#])/i.test(url)) return null
  return { url, width, height, alt: image.alt ?? null }
}

/**
 * Where Next serves a review's generated share card (app/(site)/reviews/[slug]/opengraph-image.tsx):
 * metadata routes under a route group get a suffix Next derives from the group's path, so it is fixed
 * while that file stays where it is. tests/e2e/embeds.spec.ts checks it against the page's og:image.
 */
export function reviewShareImagePath(reviewPathOrUrl: string): string {
  return `${reviewPathOrUrl}/opengraph-image-1orfh0`
}
