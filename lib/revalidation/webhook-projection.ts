import { EVERY_FIELD, listingFieldsByType } from '@/lib/content/query-reads'
import * as pageQueries from '@/lib/content/queries'
import * as seoQueries from '@/lib/content/seo-queries'

/** Every query the site runs, for deriving what a change must touch to re-list a document. */
export const SITE_QUERIES: readonly string[] = [...Object.values(pageQueries), ...Object.values(seoQueries)]

function changedAnyOf(fields: readonly string[]): string {
  if (fields.includes(EVERY_FIELD)) return 'true'
  if (fields.length === 0) return 'false'
  return `delta::changedAny((${fields.join(', ')}))`
}

/**
 * The projection to paste into the Sanity webhook: the document, the operation, and whether the
 * update changed a field some query filters or orders that type by (derived from the queries, so
 * a new filter is watched without anyone keeping a list).
 */
export function webhookProjection(queries: readonly string[] = SITE_QUERIES): string {
  const cases = Object.entries(listingFieldsByType(queries)).map(
    ([type, fields]) => `_type == "${type}" => ${changedAnyOf(fields)}`,
  )
  return [
    '{',
    '  _type,',
    '  _id,',
    '  "slug": slug.current,',
    '  "operation": delta::operation(),',
    '  "listingChanged": select(',
    ...cases.map((line) => `    ${line},`),
    '    false',
    '  )',
    '}',
  ].join('\n')
}
