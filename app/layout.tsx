import type { Metadata, Viewport } from 'next'
import type { ReactNode } from 'react'

import { SkipLink } from '@/components/layout/SkipLink'
import { publicEnv } from '@/lib/env/public'

import { fontVariables } from './fonts'

import './globals.css'

export const metadata: Metadata = {
  metadataBase: new URL(publicEnv.siteUrl),
}

export const viewport: Viewport = {
  colorScheme: 'light dark',
  themeColor: [
    { media: '(prefers-color-scheme: light)', color: '#fbf9f5' },
    { media: '(prefers-color-scheme: dark)', color: '#14120f' },
  ],
}

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en" className={fontVariables} data-scroll-behavior="smooth">
      <body className="min-h-dvh bg-paper font-sans text-ink antialiased">
        <SkipLink />
        {children}
      </body>
    </html>
  )
}
