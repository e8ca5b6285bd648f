import type { ReactNode } from 'react'

import { IntentLink } from '@/components/links/IntentLink'

export type HeadingLevel = 2 | 3 | 4

/**
 * A card's title as a heading at the level the page needs, linking to the document. The link's
 * ::after covers the card so the whole card is clickable while only one link is announced.
 */
export function CardHeading({
  level = 3,
  href,
  children,
  className = '',
  describedBy,
}: {
  level?: HeadingLevel
  href: string | null
  children: ReactNode
  className?: string
  /** The id of what the link's accessible description reads, e.g. "Episode review, by ..., published ...". */
  describedBy?: string
}) {
  const Tag = `h${level}` as const
  return (
    <Tag className={`card-title ${className}`.trim()}>
      {href ? (
        <IntentLink href={href} className="card-link" aria-describedby={describedBy}>
          {children}
        </IntentLink>
      ) : (
        children
      )}
    </Tag>
  )
}
