import type { Metadata } from 'next'

import { MainContent } from '@/components/layout/MainContent'
import { NotFoundContent } from '@/components/layout/NotFoundContent'

export const metadata: Metadata = {
  title: 'Page not found',
}

/**
 * notFound() outside the reader site. Frameless on purpose: Next inlines the root not-found into
 * every page's payload. Reader pages use (site)/not-found.tsx inside their frame, and unknown
 * addresses get global-not-found.tsx.
 */
export default function NotFound() {
  return (
    <MainContent>
      <NotFoundContent />
    </MainContent>
  )
}
