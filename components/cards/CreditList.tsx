import Link from 'next/link'
import type { ReactNode } from 'react'

import { hrefForDocument } from '@/lib/routes'

export interface CreditedPerson {
  _id?: string | null
  name?: string | null
  slug?: string | null
}

export interface Credit {
  key: string
  /** What the people did, or the character they played: "Directed by", "Go Young". */
  label: string
  /** Where the label leads, e.g. a character's entry in the full cast. */
  labelHref?: string | null
  /** The id of the entry, for links to it (`#<id>`). */
  anchorId?: string | null
  people: readonly (CreditedPerson | null)[] | null | undefined
  /** A line under the names, e.g. "Episodes 1–2" or a character's billing and description. */
  note?: ReactNode
}

function PersonName({ person }: { person: CreditedPerson }) {
  const href = hrefForDocument({ _type: 'person', slug: person.slug })
  return href ? (
    <Link href={href} className="text-link">
      {person.name}
    </Link>
  ) : (
    <>{person.name}</>
  )
}

/** Who did what: crew roles, or characters and the actors who play them. Credits without people are left out. */
export function CreditList({ credits, className = '' }: { credits: readonly Credit[]; className?: string }) {
  const shown = credits
    .map((credit) => ({
      ...credit,
      people: (credit.people ?? []).filter((p): p is CreditedPerson & { name: string } => Boolean(p?.name)),
    }))
    .filter((credit) => credit.people.length > 0)
  if (shown.length === 0) return null
  return (
    <dl
      className={`grid gap-x-6 gap-y-3 text-[0.95rem] sm:grid-cols-[minmax(8rem,max-content)_1fr] ${className}`.trim()}
    >
      {shown.map((credit) => (
        <div key={credit.key} className="contents">
          <dt id={credit.anchorId ?? undefined} className="text-ink-muted">
            {credit.labelHref ? (
              <Link href={credit.labelHref} className="text-link">
                {credit.label}
              </Link>
            ) : (
              credit.label
            )}
          </dt>
          <dd className="-mt-2 sm:mt-0">
            {credit.people.map((person, index) => (
              <span key={person._id ?? person.slug ?? person.name}>
                {index > 0 ? (index === credit.people.length - 1 ? ' and ' : ', ') : null}
                <PersonName person={person} />
              </span>
            ))}
            {credit.note ? <span className="block text-sm text-ink-muted">{credit.note}</span> : null}
          </dd>
        </div>
      ))}
    </dl>
  )
}
