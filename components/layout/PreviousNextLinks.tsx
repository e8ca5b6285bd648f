import Link from 'next/link'
import type { ReactNode } from 'react'

import { IntentLink } from '@/components/links/IntentLink'

export interface SequenceLink {
  href: string
  /** What it is and which way, e.g. "Previous: episode 4". */
  kicker: string
  title: ReactNode
}

const card = 'group rounded-md border border-rule p-4 no-underline hover:border-rule-strong'

/**
 * Previous and next in a sequence (episodes, episode reviews); `label` names the landmark. Next is
 * where a reader most often goes from here, so it is prefetched as it comes into view; previous
 * waits for the reader to reach for it.
 */
export function PreviousNextLinks({
  label,
  previous,
  next,
}: {
  label: string
  previous: SequenceLink | null
  next: SequenceLink | null
}) {
  if (!previous && !next) return null
  return (
    <nav aria-label={label} className="grid gap-4 border-t border-rule pt-6 sm:grid-cols-2">
      {previous ? (
        <IntentLink href={previous.href} rel="prev" className={card}>
          <span className="kicker block">
            <span aria-hidden="true">← </span>
            {previous.kicker}
          </span>
          <span className="font-serif text-lg font-semibold group-hover:underline">{previous.title}</span>
        </IntentLink>
      ) : (
        // Keeps "next" in the right-hand column.
        <span />
      )}
      {next ? (
        <Link href={next.href} rel="next" className={`${card} text-right`}>
          <span className="kicker block">
            {next.kicker}
            <span aria-hidden="true"> →</span>
          </span>
          <span className="font-serif text-lg font-semibold group-hover:underline">{next.title}</span>
        </Link>
      ) : null}
    </nav>
  )
}
