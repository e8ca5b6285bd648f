import type { Metadata } from 'next'

import { hrefForDocument } from '@/lib/routes'

import { firstText } from '../clean-text'
import { type PersonSeoInput, personJsonLd } from '../json-ld/person'
import { portableTextSummary } from '../json-ld/shared'
import { buildMetadata } from '../metadata'

interface PersonPageInput extends PersonSeoInput {
  characters?: ReadonlyArray<{ name?: string | null; series?: { title?: string | null } | null }> | null
}

/** `generateMetadata` of /people/[slug]. */
export function personPageMetadata(person: PersonPageInput): Metadata {
  const roles = (person.characters ?? [])
    .filter((character) => character.name && character.series?.title)
    .slice(0, 2)
    .map((character) => `${character.name} in ${character.series!.title}`)
  const credits =
    roles.length > 0
      ? `${person.name}: roles and credits, including ${roles.join(' and ')}.`
      : `${person.name}: roles and credits.`
  return buildMetadata({
    title: person.name,
    description: firstText(portableTextSummary(person.bio), credits),
    path: hrefForDocument({ _type: 'person', slug: person.slug }) ?? '/people',
    type: 'profile',
  })
}

export function personPageJsonLd(person: PersonPageInput) {
  return [personJsonLd(person)]
}
