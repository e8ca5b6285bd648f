import type { Metadata } from 'next'
import type { ReactNode } from 'react'

import { mainContentId } from '@/components/layout/SkipLink'

// Outside the reader site's frame: moderators' pages are never cached, indexed or followed.
export const dynamic = 'force-dynamic'

export const metadata: Metadata = {
  title: { default: 'Moderation', template: '%s · Moderation' },
  robots: { index: false, follow: false },
}

export default function ModerationLayout({ children }: { children: ReactNode }) {
  return (
    <main id={mainContentId} className="mx-auto max-w-4xl px-5 py-10 leading-relaxed">
      {children}
    </main>
  )
}
