/**
 * Serves the images that ship with the bundled dataset (sanity/seed/images/, or images/ next to
 * BUNDLED_DATASET_FILE), so the site needs no image CDN offline. lib/content/image.ts points here.
 */
import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { env } from '@/lib/env/server'

const CONTENT_TYPES: Record<string, string> = {
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.gif': 'image/gif',
}
// One plain file name, as the dataset loader accepts them: no directories, no leading dot.
const FILE_NAME = /^[A-Za-z0-9][A-Za-z0-9._-]*$/

function notFound(): Response {
  return new Response('Not found', { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8' } })
}

export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }): Promise<Response> {
  const { file } = await params
  const contentType = CONTENT_TYPES[path.extname(file).toLowerCase()]
  if (!FILE_NAME.test(file) || !contentType) return notFound()

  const imagesDir = path.join(path.dirname(path.resolve(env.bundledDatasetFile)), 'images')
  let body: Buffer
  try {
    body = await readFile(path.join(imagesDir, file))
  } catch {
    return notFound()
  }
  return new Response(new Uint8Array(body), {
    headers: {
      'Content-Type': contentType,
      'Content-Length': String(body.byteLength),
      'Cache-Control': 'public, max-age=3600, stale-while-revalidate=86400',
      'X-Content-Type-Options': 'nosniff',
      // An SVG opened on its own must not run script or load anything.
      'Content-Security-Policy': "default-src 'none'; style-src 'unsafe-inline'; sandbox",
    },
  })
}
