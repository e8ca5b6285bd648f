/**
 * The all-reviews page's address: `?sort=&rating=&page=`, read leniently (an unknown sort or
 * rating falls back to the default, a bad page number to the first page) and written canonically
 * (defaults left out), so every view has one address and any typed address still shows reviews.
 */
import { parsePageNumber } from '@/lib/paging'

import { RATINGS, REVIEW_SORTS, type Rating, type ReviewSort } from './types'

export const READER_REVIEWS_PER_PAGE = 10
export const DEFAULT_REVIEW_SORT: ReviewSort = 'helpful'

export interface ReviewListView {
  sort: ReviewSort
  rating: Rating | null
  page: number
}

export type SearchParams = Record<string, string | string[] | undefined>

function single(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value
}

export function parseReviewListView(params: SearchParams): ReviewListView {
  const sort = single(params.sort)
  const rating = Number(single(params.rating))
  return {
    sort: REVIEW_SORTS.find((known) => known === sort) ?? DEFAULT_REVIEW_SORT,
    rating: RATINGS.find((known) => known === rating) ?? null,
    page: parsePageNumber(single(params.page)) ?? 1,
  }
}

/** The query string as it came, in the same form reviewListHref writes it. */
export function searchOf(params: SearchParams): string {
  const query = new URLSearchParams()
  for (const [name, value] of Object.entries(params))
    for (const single of Array.isArray(value) ? value : [value]) if (single !== undefined) query.append(name, single)
  return query.toString()
}

/** The address of a view of the all-reviews page at `basePath`. */
export function reviewListHref(basePath: string, view: ReviewListView): string {
  const query = new URLSearchParams()
  if (view.sort !== DEFAULT_REVIEW_SORT) query.set('sort', view.sort)
  if (view.rating !== null) query.set('rating', String(view.rating))
  if (view.page > 1) query.set('page', String(view.page))
  const search = query.toString()
  return search ? `${basePath}?${search}` : basePath
}
