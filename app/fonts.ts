import localFont from 'next/font/local'

// Self-hosted from @fontsource-variable: no request ever leaves for a font CDN. Only the serif is a
// web font (headings and long-form reading); running text in the interface uses the system's sans
// serif (see --font-sans in globals.css), so a phone has one font family to fetch, not two.
const sourceSerif = localFont({
  src: [
    {
      path: '../node_modules/@fontsource-variable/source-serif-4/files/source-serif-4-latin-wght-normal.woff2',
      style: 'normal',
    },
    {
      path: '../node_modules/@fontsource-variable/source-serif-4/files/source-serif-4-latin-wght-italic.woff2',
      style: 'italic',
    },
  ],
  weight: '200 900',
  variable: '--font-source-serif',
  // Preloaded, so on most loads the serif is there for the first paint. When it is not (a slow
  // phone, a busy network), the page keeps the fallback rather than swapping: even a size-adjusted
  // fallback wraps some lines differently, and a swap after first paint moved the page (CLS 0.01
  // on a review page with the serif 800 ms late). The next page finds the serif in the cache.
  display: 'optional',
  // Sized to the serif's metrics, so the page looks the same in either face.
  adjustFontFallback: 'Times New Roman',
  fallback: ['Georgia', 'serif'],
})

/** The font variables for <html>, shared by the root layout and the global 404 document. */
export const fontVariables = sourceSerif.variable
