/**
 * The site's icon: an open ring (a cold open) on the accent colour, drawn by next/og so the
 * favicon, the app icons and the share cards come from code, not from files made elsewhere.
 */
import { ImageResponse } from 'next/og'

const ACCENT = '#8c2333'
const PAPER = '#fbf9f5'

function SiteMark({ size }: { size: number }) {
  return (
    <div
      style={{
        width: '100%',
        height: '100%',
        display: 'flex',
        alignItems: 'center',
        justifyContent: 'center',
        background: ACCENT,
        borderRadius: Math.round(size * 0.22),
      }}
    >
      <svg width={Math.round(size * 0.66)} height={Math.round(size * 0.66)} viewBox="0 0 24 24">
        <path d="M18.4 6.2A8 8 0 1 0 18.4 17.8" fill="none" stroke={PAPER} strokeWidth="4.2" strokeLinecap="round" />
      </svg>
    </div>
  )
}

/** The icon as a square PNG of `size` pixels. */
export function renderSiteIcon(size: number): ImageResponse {
  return new ImageResponse(<SiteMark size={size} />, { width: size, height: size })
}

/**
 * An .ico holding PNG images (allowed since Windows Vista, read by every current browser): a
 * 6-byte header, a 16-byte entry per image, then the images.
 */
export function icoFromPngs(images: ReadonlyArray<{ size: number; png: Uint8Array }>): Uint8Array<ArrayBuffer> {
  const header = 6 + 16 * images.length
  const ico = new Uint8Array(header + images.reduce((total, image) => total + image.png.length, 0))
  const view = new DataView(ico.buffer)
  view.setUint16(2, 1, true) // type: icon
  view.setUint16(4, images.length, true)
  let offset = header
  images.forEach(({ size, png }, index) => {
    const entry = 6 + 16 * index
    view.setUint8(entry, size >= 256 ? 0 : size)
    view.setUint8(entry + 1, size >= 256 ? 0 : size)
    view.setUint16(entry + 4, 1, true) // colour planes
    view.setUint16(entry + 6, 32, true) // bits per pixel
    view.setUint32(entry + 8, png.length, true)
    view.setUint32(entry + 12, offset, true)
    ico.set(png, offset)
    offset += png.length
  })
  return ico
}

/** /favicon.ico: the icon at 16, 32 and 48 pixels. */
export async function renderFavicon(): Promise<Uint8Array<ArrayBuffer>> {
  const sizes = [16, 32, 48]
  const pngs = await Promise.all(
    sizes.map(async (size) => ({ size, png: new Uint8Array(await renderSiteIcon(size).arrayBuffer()) })),
  )
  return icoFromPngs(pngs)
}
