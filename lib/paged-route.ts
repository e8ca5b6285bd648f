import { notFound, permanentRedirect } from 'next/navigation'

import { parsePageNumber } from './paging'
import { type ListPath, listPagePath } from './routes'

/**
 * The page number of a `<list>/page/[page]` route. Anything but a canonical number is the site's
 * 404; page 1 redirects permanently to the list itself, so each page has one address.
 */
export function pageFromSegment(segment: string, list: ListPath): number {
  const page = parsePageNumber(segment)
  if (page === null) notFound()
  if (page === 1) permanentRedirect(listPagePath(list, 1))
  return page
}
