import type { PortableTextMarkComponentProps } from '@portabletext/react'

import { IntentLink } from '@/components/links/IntentLink'
import { hrefForDocument, type DocumentLinkTarget } from '@/lib/routes'

/**
 * The internalLink annotation as a page query should project it: the referenced document
 * dereferenced into `target` with the fields hrefForDocument needs, e.g. in GROQ
 *   markDefs[]{..., _type == "internalLink" => {"target": reference->{_type, "slug": slug.current,
 *   number, "series": series->{_id, "slug": slug.current}}}}
 * A `reference` that was dereferenced in place is accepted too.
 */
export interface InternalLinkMark {
  _type: 'internalLink'
  _key?: string
  target?: DocumentLinkTarget | null
  reference?: DocumentLinkTarget | { _ref: string; _type?: string } | null
}

export function linkTargetOf(mark: InternalLinkMark | undefined): DocumentLinkTarget | null {
  if (!mark) return null
  if (mark.target) return mark.target
  const reference = mark.reference
  if (
    reference &&
    '_type' in reference &&
    reference._type &&
    reference._type !== 'reference' &&
    !('_ref' in reference)
  ) {
    return reference as DocumentLinkTarget
  }
  return null
}

/** A link to another document on the site; when the document is gone or unpublished, the text stays plain. */
export function InternalLink({ value, children }: PortableTextMarkComponentProps<InternalLinkMark>) {
  const href = hrefForDocument(linkTargetOf(value))
  if (!href) return <>{children}</>
  return <IntentLink href={href}>{children}</IntentLink>
}
