/**
 * Paging of the reader lists (/reviews, /people, /series, /news): page sizes and page arithmetic,
 * with no server imports, so components, scripts and tests use it too. Page 1 lives at the list's
 * own address, page n at `<list>/page/<n>` (listPagePath in lib/routes.ts). Sizes keep one page
 * small whatever the size of the catalogue. Routes read a page through lib/content/reader-lists.ts.
 */

export const REVIEWS_PER_PAGE = 24
export const PEOPLE_PER_PAGE = 48
export const SERIES_PER_PAGE = 24
export const NEWS_PER_PAGE = 20

// Far beyond any real list; keeps the slice bounds small integers whatever the address says.
const MAX_PAGE = 100_000

/**
 * The page number in an address segment, or null unless it is written the one canonical way: digits
 * with no sign, no leading zero and no fraction. Null means 404.
 */
export function parsePageNumber(segment: string | null | undefined): number | null {
  if (typeof segment !== 'string' || !/^[1-9][0-9]{0,5}$/.test(segment)) return null
  const page = Number(segment)
  return page <= MAX_PAGE ? page : null
}

/** How many pages a list of `total` items fills; an empty list still has its first page. */
export function pageCount(total: number, perPage: number): number {
  return Math.max(1, Math.ceil(Math.max(0, total) / perPage))
}

/** `$start` and `$end` for the paged queries' `[$start...$end]` slice (end exclusive). */
export function pageSlice(page: number, perPage: number): { start: number; end: number } {
  const start = (page - 1) * perPage
  return { start, end: start + perPage }
}

/** The pages after the first, as `generateStaticParams` returns them. */
export function laterPageParams(total: number, perPage: number): { page: string }[] {
  return Array.from({ length: pageCount(total, perPage) - 1 }, (_, index) => ({ page: String(index + 2) }))
}

/**
 * Which page numbers a pagination bar shows: the first, the last, and the current one with a
 * neighbour each side; `null` marks a gap. A gap never hides a single page (that page is shown).
 */
export function pageWindow(current: number, count: number): (number | null)[] {
  const shown = new Set([1, count, current - 1, current, current + 1].filter((page) => page >= 1 && page <= count))
  const pages = [...shown].sort((a, b) => a - b)
  const window: (number | null)[] = []
  for (const page of pages) {
    const previous = window.at(-1)
    if (typeof previous === 'number' && page - previous === 2) window.push(previous + 1)
    else if (typeof previous === 'number' && page - previous > 2) window.push(null)
    window.push(page)
  }
  return window
}

/** What a paged list query returns: one page of items and the length of the whole list. */
export interface PagedResult<Item> {
  total: number
  items: Item[]
}

export interface ListPage<Item> extends PagedResult<Item> {
  page: number
  pageCount: number
}

/**
 * Runs a paged list query for one page; null when the page is past the end of the list (a 404).
 * Page 1 always exists, so an empty list still renders its "nothing yet" page.
 */
export async function loadListPage<Item>(
  fetchPage: (slice: { start: number; end: number }) => Promise<PagedResult<Item>>,
  page: number,
  perPage: number,
): Promise<ListPage<Item> | null> {
  const { total, items } = await fetchPage(pageSlice(page, perPage))
  const count = pageCount(total, perPage)
  if (page > count) return null
  return { total, items, page, pageCount: count }
}
