import type { ReactNode } from 'react'

import { IntentLink } from '@/components/links/IntentLink'
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
    <IntentLink href={href} className="text-link">
      {person.name}
    </IntentLink>
  ) : (
    <>{person.name}</>
  )
}

type ShownCredit = Omit<Credit, 'people'> & { people: (CreditedPerson & { name: string })[] }

/** Consecutive credits under the same plain label ("Directed by" for each director) share one <dt>. */
function groupByLabel(credits: ShownCredit[]): ShownCredit[][] {
  const groups: ShownCredit[][] = []
  for (const credit of credits) {
    const last = groups.at(-1)?.[0]
    const sameLabel = last && last.label === credit.label && !last.labelHref && !last.anchorId
    if (sameLabel && !credit.labelHref && !credit.anchorId) groups.at(-1)!.push(credit)
    else groups.push([credit])
  }
  return groups
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
      {groupByLabel(shown).map(([first, ...more]) => (
        <div key={first.key} className="contents">
          <dt id={first.anchorId ?? undefined} className="text-ink-muted">
            {first.labelHref ? (
              <IntentLink href={first.labelHref} className="text-link">
                {first.label}
              </IntentLink>
            ) : (
              first.label
            )}
          </dt>
          {[first, ...more].map((credit, index) => (
            // Each further <dd> of a label stays in the second column, under the first.
            <dd key={credit.key} className={index === 0 ? '-mt-2 sm:mt-0' : '-mt-2 sm:col-start-2 sm:mt-0'}>
              {credit.people.map((person, personIndex) => (
                <span key={person._id ?? person.slug ?? person.name}>
                  {personIndex > 0 ? (personIndex === credit.people.length - 1 ? ' and ' : ', ') : null}
                  <PersonName person={person} />
                </span>
              ))}
              {credit.note ? <span className="block text-sm text-ink-muted">{credit.note}</span> : null}
            </dd>
          ))}
        </div>
      ))}
    </dl>
  )
}
