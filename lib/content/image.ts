/**
 * URLs and intrinsic sizes for image fields from either source. Content Lake images (an asset
 * reference) go through @sanity/image-url, which applies the editor's crop and hotspot. Bundled
 * images keep Sanity's export form, `_sanityAsset: "image@file://./images/<file>"`, and are served
 * by app/bundled-images/[file]/route.ts. Safe to import from client components (no Node APIs).
 */
import { createImageUrlBuilder } from '@sanity/image-url'
import { publicEnv } from '@/lib/env/public'

/** An image field as queries return it (TypeGen types it as a Content Lake image). */
export interface ImageFieldValue {
  asset?: { _ref?: string; _id?: string } | null
  crop?: { top?: number; bottom?: number; left?: number; right?: number } | null
  hotspot?: { x?: number; y?: number; width?: number; height?: number } | null
  /** Present on the bundled dataset only; the import turns it into `asset`. */
  _sanityAsset?: string | null
}

export interface ImageSize {
  width: number
  height?: number
}

export interface ImageDimensions {
  width: number
  height: number
  aspectRatio: number
}

export const BUNDLED_IMAGES_PATH = '/bundled-images'
const BUNDLED_ASSET = /^image@file:\/\/\.\/images\/([A-Za-z0-9][A-Za-z0-9._-]*)$/
// Sanity image asset ids carry the original size: image-<sha1>-<width>x<height>-<format>
const ASSET_ID = /^image-[A-Za-z0-9]+-(\d+)x(\d+)-[a-z0-9]+$/
// Bundled file names may carry it the same way, e.g. poster-600x900.svg
const FILE_SIZE = /-(\d+)x(\d+)\.[A-Za-z0-9]+$/

const { projectId, dataset } = publicEnv.sanity
const builder = projectId ? createImageUrlBuilder({ projectId, dataset }) : null

function bundledFile(image: ImageFieldValue): string | null {
  return typeof image._sanityAsset === 'string' ? (BUNDLED_ASSET.exec(image._sanityAsset)?.[1] ?? null) : null
}

function assetId(image: ImageFieldValue): string | null {
  return image.asset?._ref ?? image.asset?._id ?? null
}

/** Where to load the image at the given display size; null when the field has no usable image. */
export function imageUrl(image: ImageFieldValue | null | undefined, size: ImageSize): string | null {
  if (!image) return null
  const file = bundledFile(image)
  // Bundled images are small SVGs, drawn at any size from one file.
  if (file) return `${BUNDLED_IMAGES_PATH}/${file}`
  const id = assetId(image)
  if (!id || !builder) return null
  let url = builder
    .image({ ...image, asset: { _ref: id } })
    .width(Math.round(size.width))
    .auto('format')
  // With both sides given the builder crops around the editor's hotspot.
  if (size.height) url = url.height(Math.round(size.height)).fit('crop')
  return url.url()
}

/** The image's own size after the editor's crop, when the source records it; otherwise null. */
export function imageDimensions(image: ImageFieldValue | null | undefined): ImageDimensions | null {
  if (!image) return null
  const id = assetId(image)
  const match = (id && ASSET_ID.exec(id)) || FILE_SIZE.exec(bundledFile(image) ?? '')
  if (!match) return null
  const crop = id ? image.crop : null
  const width = Math.round(Number(match[1]) * (1 - (crop?.left ?? 0) - (crop?.right ?? 0)))
  const height = Math.round(Number(match[2]) * (1 - (crop?.top ?? 0) - (crop?.bottom ?? 0)))
  if (width <= 0 || height <= 0) return null
  return { width, height, aspectRatio: width / height }
}
