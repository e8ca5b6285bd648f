/**
 * Stega: in draft mode on the Content Lake, the client hides each string's source (document id and
 * field path) in invisible characters, so Presentation's overlays open the field under the cursor.
 * Published reads never carry it. The client already leaves dates, URLs, slugs, `_`-fields and ids
 * alone; the fields below are values the site compares or looks up, not text a reader sees.
 */
import type { StegaConfig } from 'next-sanity'

/** Where the Studio is mounted (sanity.config.ts `basePath`); overlays open documents there. */
export const STUDIO_URL = '/studio'

/**
 * String fields whose value picks a label, a branch or a style (the schema's `options.list`
 * fields; tests/content/stega.test.ts checks the schema for new ones).
 */
export const STEGA_SKIPPED_FIELDS: ReadonlySet<string> = new Set([
  'billing',
  'kind',
  'occupations',
  'spoilerLevel',
  'topic',
])

/** The field a source path ends in, ignoring array positions and keys. */
function fieldNameOf(sourcePath: readonly unknown[]): string | undefined {
  return sourcePath.findLast((segment): segment is string => typeof segment === 'string')
}

export const stegaFilter: NonNullable<StegaConfig['filter']> = (props) => {
  const field = fieldNameOf(props.sourcePath)
  if (field && STEGA_SKIPPED_FIELDS.has(field)) return false
  return props.filterDefault(props)
}

/** Off by default; content-lake.ts turns it on per request for the drafts perspective only. */
export const stegaConfig: StegaConfig = { enabled: false, studioUrl: STUDIO_URL, filter: stegaFilter }
