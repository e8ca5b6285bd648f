import type { ReactNode } from 'react'

import type { ListPage } from '@/lib/paging'
import type { ListPath } from '@/lib/routes'

import { PageContainer } from './PageContainer'
import { Pagination } from './Pagination'

export interface ListingPageProps {
  title: string
  intro: string
  /** The list's own address; later pages hang below it. */
  path: ListPath
  list: ListPage<unknown>
  /** Said when the list has no items at all. */
  empty: string
  width?: 'page' | 'measure'
  /** The items, as the list's own markup. */
  children: ReactNode
}

/** One page of a reader list: heading, where in the list this page is, the items, the pagination. */
export function ListingPage({ title, intro, path, list, empty, width, children }: ListingPageProps) {
  return (
    <PageContainer width={width} className="space-y-8 py-10 sm:py-14">
      <header className="space-y-2">
        <h1 className="text-4xl sm:text-5xl">{title}</h1>
        <p className="max-w-measure font-serif text-lg text-ink-muted">{intro}</p>
        {list.pageCount > 1 ? (
          <p className="text-sm text-ink-muted">
            Page {list.page} of {list.pageCount}
          </p>
        ) : null}
      </header>
      {list.items.length > 0 ? children : <p className="text-ink-muted">{empty}</p>}
      <Pagination list={path} page={list.page} pageCount={list.pageCount} />
    </PageContainer>
  )
}
