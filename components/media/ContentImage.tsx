import { getImageProps } from 'next/image'
import { Image as SanityCdnImage } from 'next-sanity/image'

import { imageDimensions, imageUrl } from '@/lib/content/image'

type ImageSource = Parameters<typeof imageUrl>[0]

export interface ContentImageProps {
  /** An image field as a query returns it (Content Lake asset or bundled file), with its alt text. */
  image: (ImageSource & { alt?: string | null }) | null | undefined
  /** Widest the image is ever shown, in CSS pixels; srcset goes up to twice that. */
  width: number
  /** Crop to this width:height ratio (hotspot-aware on the Content Lake), e.g. 2 / 3 for posters. */
  aspectRatio?: number
  /** The `sizes` attribute: how wide the image is at each breakpoint. */
  sizes?: string
  className?: string
  /** For the one image that is the page's largest paint: fetched first, never lazy. */
  preload?: boolean
  /** Set when the image is decoration next to text that already says the same thing. */
  decorative?: boolean
}

/**
 * An editor's image through next/image: Content Lake images get CDN widths via @sanity/image-url
 * (hotspot and crop honoured); bundled SVGs are served as they are. Nothing renders without a URL.
 * An SVG needs no optimizer, so it is the `<img>` next/image would render (getImageProps), without
 * next/image's client component to load and hydrate on every page that shows one.
 */
export function ContentImage({ image, width, aspectRatio, sizes, className, preload, decorative }: ContentImageProps) {
  if (!image) return null
  const height = aspectRatio ? Math.round(width / aspectRatio) : undefined
  const src = imageUrl(image, height ? { width, height } : { width })
  if (!src) return null
  const natural = imageDimensions(image)
  const shownHeight = height ?? (natural ? Math.round((width * natural.height) / natural.width) : width)
  const alt = decorative ? '' : (image.alt ?? '')
  const common = {
    alt,
    width,
    height: shownHeight,
    sizes: sizes ?? `(max-width: ${width}px) 100vw, ${width}px`,
    className,
    // Next 16 advises eager loading with high fetch priority over a <head> preload for the LCP image.
    loading: preload ? ('eager' as const) : undefined,
    fetchPriority: preload ? ('high' as const) : undefined,
  }
  if (src.startsWith('https://cdn.sanity.io/')) return <SanityCdnImage src={src} {...common} />
  const { props } = getImageProps({ src, ...common })
  // eslint-disable-next-line @next/next/no-img-element -- next/image's own props, from getImageProps
  return <img {...props} alt={alt} />
}
