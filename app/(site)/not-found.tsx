import type { Metadata } from 'next'

import { NotFoundContent } from '@/components/layout/NotFoundContent'

export const metadata: Metadata = {
  title: 'Page not found',
}

/** A document that does not exist (or no longer does), or an address no route knows: inside the site frame. */
export default function SiteNotFound() {
  return <NotFoundContent />
}
