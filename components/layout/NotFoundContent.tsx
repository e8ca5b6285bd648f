'use client'

import Link from 'next/link'

import { ErrorMessage } from './ErrorMessage'

const alternatives = [
  { href: '/', label: 'Front page', note: 'Latest reviews and news' },
  { href: '/series', label: 'Series', note: 'Every series we cover' },
  { href: '/reviews', label: 'Reviews', note: 'Newest first' },
  { href: '/people', label: 'People', note: 'Cast and crew' },
]

/**
 * What a 404 says, and where to go instead. A client component: Next puts the not-found boundary of
 * the root and the (site) layout into every page's inline payload, where a client component is a
 * reference of a few bytes instead of its whole rendered tree (about 3 kB a page).
 */
export function NotFoundContent() {
  return (
    <ErrorMessage status={404} title="We could not find that page">
      <p className="mt-5 font-serif text-xl">
        The address may be mistyped, or the review, episode or profile it pointed to has moved or been taken down.
      </p>
      <nav aria-label="Where to go instead" className="mt-10">
        <ul className="grid gap-3 sm:grid-cols-2">
          {alternatives.map((item) => (
            <li key={item.href}>
              <Link
                href={item.href}
                className="block rounded-md border border-rule p-4 no-underline hover:border-rule-strong"
              >
                <span className="font-serif text-lg font-semibold underline decoration-rule-strong underline-offset-4">
                  {item.label}
                </span>
                <span className="block text-sm text-ink-muted">{item.note}</span>
              </Link>
            </li>
          ))}
        </ul>
      </nav>
    </ErrorMessage>
  )
}
