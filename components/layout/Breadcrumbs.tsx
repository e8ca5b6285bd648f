import Link from 'next/link'
import type { ReactNode } from 'react'

import { IntentLink } from '@/components/links/IntentLink'

export interface Crumb {
  /** Text, or shielded text when the current page's title may give away the plot. */
  label: ReactNode
  /** Omit for the current page. */
  href?: string | null
}

/**
 * Where the reader is, e.g. Series / Love in the Big City / Episode 5. The last crumb is the current
 * page; each separator follows its crumb, so a trail that wraps on a phone never starts a line with
 * one. Crumbs prefetch when the reader reaches for them (IntentLink); `prefetch={false}` never, on
 * pages where the reader is about to change what the crumbs lead to (a prefetch would start
 * rendering that page before the change and could keep the old one cached).
 */
export function Breadcrumbs({ items, prefetch }: { items: Crumb[]; prefetch?: false }) {
  if (items.length === 0) return null
  return (
    <nav aria-label="Breadcrumb" className="font-sans text-sm text-ink-muted">
      <ol className="flex flex-wrap items-center gap-x-2 gap-y-1">
        {items.map((crumb, index) => {
          const isCurrent = index === items.length - 1
          return (
            <li key={index} className="flex items-center gap-x-2">
              {crumb.href && !isCurrent ? (
                <CrumbLink href={crumb.href} prefetch={prefetch}>
                  {crumb.label}
                </CrumbLink>
              ) : (
                <span aria-current={isCurrent ? 'page' : undefined} className={isCurrent ? 'text-ink' : undefined}>
                  {crumb.label}
                </span>
              )}
              {isCurrent ? null : (
                <span aria-hidden="true" className="text-rule-strong">
                  /
                </span>
              )}
            </li>
          )
        })}
      </ol>
    </nav>
  )
}

function CrumbLink({ href, prefetch, children }: { href: string; prefetch?: false; children: ReactNode }) {
  const className = 'underline-offset-4 hover:text-ink hover:underline'
  return prefetch === false ? (
    <Link href={href} prefetch={false} className={className}>
      {children}
    </Link>
  ) : (
    <IntentLink href={href} className={className}>
      {children}
    </IntentLink>
  )
}
