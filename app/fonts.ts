import localFont from 'next/font/local'

// Self-hosted from the @fontsource-variable packages: no request ever leaves for a font CDN.
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
  display: 'swap',
  fallback: ['Georgia', 'serif'],
})

const inter = localFont({
  src: [{ path: '../node_modules/@fontsource-variable/inter/files/inter-latin-wght-normal.woff2', style: 'normal' }],
  weight: '100 900',
  variable: '--font-inter',
  display: 'swap',
  fallback: ['system-ui', 'sans-serif'],
})

/** The font variables for <html>, shared by the root layout and the global 404 document. */
export const fontVariables = `${sourceSerif.variable} ${inter.variable}`
