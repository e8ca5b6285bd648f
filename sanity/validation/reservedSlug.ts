import type { SlugValue } from 'sanity'
import type { ListPath } from '@/lib/routes'

/** The address segment under which a paged list keeps its later pages: `/reviews/page/2`. */
export const LIST_PAGE_SEGMENT = 'page'

/**
 * A document whose page sits beside a paged list (`/reviews/<slug>` beside `/reviews/page/<n>`)
 * must not take the slug "page", or its address would collide with the list's pages.
 */
export function slugIsNotListPageSegment(list: ListPath) {
  return (slug: SlugValue | undefined): true | string => {
    if (slug?.current?.trim() !== LIST_PAGE_SEGMENT) return true
    return (
      `The slug "${LIST_PAGE_SEGMENT}" is reserved: addresses starting ${list}/${LIST_PAGE_SEGMENT}/ are the ` +
      `later pages of the list at ${list}. Choose another slug.`
    )
  }
}
