import { nativeScriptLang } from '@/components/format/native-script-lang'
import { ContentImage } from '@/components/media/ContentImage'
import { hrefForDocument } from '@/lib/routes'

import { CardHeading, type HeadingLevel } from './CardHeading'

type PhotoImage = Parameters<typeof ContentImage>[0]['image']

export interface PersonCardPerson {
  name?: string | null
  nativeName?: string | null
  slug?: string | null
  photo?: PhotoImage
  occupations?: readonly string[] | null
}

export interface PersonCardProps {
  person: PersonCardPerson
  /** The part they play here, e.g. a character name ("as Go Young") or "Director, episodes 1–2". */
  role?: string | null
  headingLevel?: HeadingLevel
}

function initials(name: string): string {
  return name
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 2)
    .map((part) => part[0]?.toUpperCase())
    .join('')
}

/** A person in a cast list or the people index: photo (or initials), name in both scripts, role. */
export function PersonCard({ person, role, headingLevel = 3 }: PersonCardProps) {
  const href = hrefForDocument({ _type: 'person', slug: person.slug })
  const name = person.name ?? 'Unnamed'
  return (
    <article className="card flex-row items-center gap-4 p-3">
      <div className="size-16 shrink-0 overflow-hidden rounded-full bg-paper-raised">
        {person.photo ? (
          <ContentImage
            image={person.photo}
            width={128}
            aspectRatio={1}
            sizes="64px"
            decorative
            className="size-full object-cover"
          />
        ) : (
          <span
            aria-hidden="true"
            className="flex size-full items-center justify-center font-serif text-xl text-ink-muted"
          >
            {initials(name)}
          </span>
        )}
      </div>
      <div className="min-w-0">
        <CardHeading level={headingLevel} href={href} className="text-lg">
          {name}
        </CardHeading>
        {person.nativeName ? (
          <p lang={nativeScriptLang(person.nativeName)} className="text-sm text-ink-muted">
            {person.nativeName}
          </p>
        ) : null}
        {role ? <p className="text-sm">{role}</p> : null}
        {!role && person.occupations && person.occupations.length > 0 ? (
          <p className="text-sm text-ink-muted capitalize">{person.occupations.join(', ')}</p>
        ) : null}
      </div>
    </article>
  )
}
