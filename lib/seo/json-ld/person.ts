/**
 * A person page as schema.org `Person`: names (native script and other romanizations as
 * `alternateName`, so a search for either finds the page), portrait, birth date and occupations.
 */
import type { Person, WithContext } from 'schema-dts'

import { hrefForDocument } from '@/lib/routes'

import { cleanDeep, cleanText } from '../clean-text'
import { absoluteUrl } from '../site-url'
import { type ContentImageSource, imageAbsoluteUrl, isoDate, portableTextSummary, withoutEmpty } from './shared'

export interface PersonSeoInput {
  name?: string | null
  nativeName?: string | null
  slug?: string | null
  birthDate?: string | null
  photo?: ContentImageSource | null
  bio?: ReadonlyArray<{ _type: string }> | null
  aliases?: Array<string | null> | null
  occupations?: Array<string | null> | null
}

const capitalise = (word: string) => word.charAt(0).toUpperCase() + word.slice(1)

export function personJsonLd(person: PersonSeoInput): WithContext<Person> | null {
  const name = cleanText(person.name)
  const path = hrefForDocument({ _type: 'person', slug: person.slug })
  if (!name || !path) return null

  const alternateNames = [person.nativeName, ...(person.aliases ?? [])]
    .map(cleanText)
    .filter((alias): alias is string => alias !== null && alias !== name)

  return cleanDeep(
    withoutEmpty<WithContext<Person>>({
      '@context': 'https://schema.org',
      '@type': 'Person',
      name,
      alternateName: [...new Set(alternateNames)],
      url: absoluteUrl(path),
      image: imageAbsoluteUrl(person.photo, 600),
      birthDate: isoDate(person.birthDate),
      jobTitle: (person.occupations ?? [])
        .map(cleanText)
        .filter((job): job is string => job !== null)
        .map(capitalise),
      description: portableTextSummary(person.bio) ?? undefined,
    }),
  )
}
