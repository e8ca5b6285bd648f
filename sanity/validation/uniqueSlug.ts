import { getPublishedId, type SlugValue, type ValidationContext } from 'sanity'
import { isSlug } from '@/lib/routes'
import { studioQueryClient } from './studioQueryClient'

const SLUG_CLASH_QUERY = `*[_type == $type && slug.current == $slug && !sanity::versionOf($publishedId)][0]{
  _id, "label": coalesce(title, name, _id)
}`

/**
 * A slug becomes a page address, so two documents of one type must never share one.
 * Replaces Sanity's default check (a warning that does not say which document clashes).
 */
export async function slugIsUniqueForType(
  slug: SlugValue | undefined,
  context: ValidationContext,
): Promise<true | string> {
  const current = slug?.current?.trim()
  const document = context.document
  if (!current || !document) return true

  const clash = await studioQueryClient(context).fetch<{ _id: string; label: string } | null>(
    SLUG_CLASH_QUERY,
    { type: document._type, slug: current, publishedId: getPublishedId(document._id) },
    { tag: 'validation.slug-unique' },
  )
  if (!clash) return true
  const typeTitle = context.schema.get(document._type)?.title?.toLowerCase() ?? document._type
  return (
    `The slug "${current}" is already used by another ${typeTitle}, "${clash.label}". Each page needs its own ` +
    `address: change this slug.`
  )
}

/** Lowercase words joined by single hyphens: the form page addresses use. */
export function slugFormatProblem(slug: SlugValue | undefined): true | string {
  const current = slug?.current
  if (current === undefined) return true
  if (isSlug(current)) return true
  return (
    'Use lowercase letters, digits and single hyphens only, e.g. "love-in-the-big-city". Click "Generate" to ' +
    'make one from the title.'
  )
}
