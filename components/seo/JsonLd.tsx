import type { Thing, WithContext } from 'schema-dts'

import { serializeJsonLd } from '@/lib/seo/json-ld/serialize'

export type JsonLdNode = WithContext<Thing>

/**
 * Structured data for search engines, one <script type="application/ld+json"> per node. Takes
 * the output of the lib/seo builders; null entries (a page missing what a type requires) are
 * skipped, so a page can pass its builders' results straight through.
 */
export function JsonLd({
  data,
}: {
  data: JsonLdNode | null | undefined | ReadonlyArray<JsonLdNode | null | undefined>
}) {
  const nodes = (Array.isArray(data) ? data : [data]).filter((node): node is JsonLdNode => Boolean(node))
  return nodes.map((node, index) => (
    <script key={index} type="application/ld+json" dangerouslySetInnerHTML={{ __html: serializeJsonLd(node) }} />
  ))
}
