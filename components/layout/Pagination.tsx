import Link from 'next/link'

import { pageWindow } from '@/lib/paging'
import { type ListPath, listPagePath } from '@/lib/routes'

export type PaginationProps = {
  page: number
  pageCount: number
} & (
  | {
      /** The list's own address (its first page). */
      list: ListPath
    }
  | {
      /** The address of each page, for lists paged through the query string. */
      pageHref: (page: number) => string
    }
)

const item =
  'inline-flex min-h-10 min-w-10 items-center justify-center rounded-md border px-3 font-sans text-[0.95rem] ' +
  'no-underline'
const idle = `${item} border-rule hover:border-rule-strong hover:underline`

/** Previous, numbered and next links between the pages of a list; nothing when there is one page. */
export function Pagination(props: PaginationProps) {
  const { page, pageCount } = props
  if (pageCount <= 1) return null
  const href = (number: number) => ('list' in props ? listPagePath(props.list, number) : props.pageHref(number))
  return (
    <nav aria-label="Pagination" className="border-t border-rule pt-6">
      <ul className="flex flex-wrap items-center justify-center gap-2">
        {page > 1 ? (
          <li>
            <Link href={href(page - 1)} rel="prev" className={idle}>
              <span aria-hidden="true">←&nbsp;</span>Previous
            </Link>
          </li>
        ) : null}
        {pageWindow(page, pageCount).map((number, index) =>
          number === null ? (
            // A gap in the numbers; the pages either side say where it starts and ends.
            <li key={`gap-${index}`} aria-hidden="true" className="px-1 text-ink-muted">
              …
            </li>
          ) : (
            <li key={number}>
              <Link
                href={href(number)}
                aria-label={`Page ${number}`}
                aria-current={number === page ? 'page' : undefined}
                className={number === page ? `${item} border-accent bg-accent font-semibold text-on-accent` : idle}
              >
                {number}
              </Link>
            </li>
          ),
        )}
        {page < pageCount ? (
          <li>
            <Link href={href(page + 1)} rel="next" className={idle}>
              Next<span aria-hidden="true">&nbsp;→</span>
            </Link>
          </li>
        ) : null}
      </ul>
    </nav>
  )
}
