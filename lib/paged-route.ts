import { notFound } from 'next/navigation'

import { parsePageNumber } from './paging'

/**
 * The page number of a `<list>/page/[page]` route: 2 and on. Anything else is the site's 404;
 * page 1 never gets here, as next.config.js redirects `<list>/page/1` to the list itself.
 */
export function pageFromSegment(segment: string): number {
  const page = parsePageNumber(segment)
  if (page === null || page === 1) notFound()
  return page
}
