import type { Metadata } from 'next'
import type { Person, WithContext } from 'schema-dts'

import { hrefForDocument } from '@/lib/routes'

import { cleanDeep, cleanText, firstText, summarize } from '../clean-text'
import { type ContentImageSource, imageAbsoluteUrl, withoutEmpty } from '../json-ld/shared'
import { buildMetadata } from '../metadata'
import { shareImage } from '../share-image'
import { absoluteUrl } from '../site-url'

export interface CriticSeoInput {
  name?: string | null
  slug?: string | null
  role?: string | null
  bio?: string | null
  avatar?: (ContentImageSource & { alt?: string | null }) | null
}

/** `generateMetadata` of /critics/[slug]. */
export function criticPageMetadata(critic: CriticSeoInput): Metadata {
  return buildMetadata({
    title: critic.name,
    description: firstText(critic.bio, `Reviews by ${critic.name}.`),
    path: hrefForDocument({ _type: 'critic', slug: critic.slug }) ?? '/reviews',
    type: 'profile',
    image: shareImage(critic.avatar, 600, 600),
  })
}

export function criticJsonLd(critic: CriticSeoInput): WithContext<Person> | null {
  const name = cleanText(critic.name)
  const path = hrefForDocument({ _type: 'critic', slug: critic.slug })
  if (!name || !path) return null
  return cleanDeep(
    withoutEmpty<WithContext<Person>>({
      '@context': 'https://schema.org',
      '@type': 'Person',
      name,
      url: absoluteUrl(path),
      jobTitle: cleanText(critic.role) ?? undefined,
      description: summarize(critic.bio, 300) ?? undefined,
      image: imageAbsoluteUrl(critic.avatar, 400),
    }),
  )
}

export function criticPageJsonLd(critic: CriticSeoInput) {
  return [criticJsonLd(critic)]
}
