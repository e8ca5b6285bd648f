import type { Metadata } from 'next'

import { NotFoundContent } from '@/components/layout/NotFoundContent'
import { SkipLink } from '@/components/layout/SkipLink'
import { siteLayoutMetadata } from '@/lib/seo'

import { loadSiteSettings, SiteFrame } from './(site)/_components/SiteFrame'
import { fontVariables } from './fonts'

import './globals.css'

export async function generateMetadata(): Promise<Metadata> {
  const { title, description } = await loadSiteSettings()
  const site = siteLayoutMetadata({ title, description })
  // Next adds the noindex robots tag to every 404 itself.
  return { ...site, title: `Page not found · ${title}` }
}

/**
 * The 404 document for addresses no route matches, with the full site frame. It is its own page:
 * a framed root not-found.tsx would be inlined into every page's payload (about 9 kB each).
 */
export default function GlobalNotFound() {
  return (
    <html lang="en" className={fontVariables} data-scroll-behavior="smooth">
      <body className="min-h-dvh bg-paper font-sans text-ink antialiased">
        <SkipLink />
        <SiteFrame>
          <NotFoundContent />
        </SiteFrame>
      </body>
    </html>
  )
}
