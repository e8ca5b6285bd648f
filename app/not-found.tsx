import type { Metadata } from 'next'
import Link from 'next/link'

import { PageContainer } from '@/components/layout/PageContainer'

import { SiteFrame } from './(site)/_components/SiteFrame'

export const metadata: Metadata = {
  title: 'Page not found',
}

/** The 404 page, for unknown addresses and for documents that do not exist (or no longer do). */
export default function NotFound() {
  return (
    <SiteFrame>
      <PageContainer width="measure" className="py-16 sm:py-24">
        <p className="kicker">Error 404</p>
        <h1 className="mt-2 text-4xl sm:text-5xl">We could not find that page</h1>
        <p className="mt-5 font-serif text-xl">
          The address may be mistyped, or the review, episode or profile it pointed to has moved or been taken down.
        </p>
        <nav aria-label="Where to go instead" className="mt-10">
          <ul className="grid gap-3 sm:grid-cols-2">
            {[
              { href: '/', label: 'Front page', note: 'Latest reviews and news' },
              { href: '/series', label: 'Series', note: 'Every series we cover' },
              { href: '/reviews', label: 'Reviews', note: 'Newest first' },
              { href: '/people', label: 'People', note: 'Cast and crew' },
            ].map((item) => (
              <li key={item.href}>
                <Link href={item.href} className="block rounded-md border border-rule p-4 no-underline hover:border-rule-strong">
                  <span className="font-serif text-lg font-semibold underline decoration-rule-strong underline-offset-4">{item.label}</span>
                  <span className="block text-sm text-ink-muted">{item.note}</span>
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      </PageContainer>
    </SiteFrame>
  )
}
