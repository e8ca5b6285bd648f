import Link from 'next/link'

import { SearchBox } from '@/components/search/SearchBox'

import { resolveNavigation, type NavItem } from './navigation'

export interface SiteHeaderProps {
  /** Site title from siteSettings. */
  title: string
  navigation?: readonly NavItem[] | null
  /** Path of the current page, to mark its navigation item for screen readers. */
  currentPath?: string
}

export function SiteHeader({ title, navigation, currentPath }: SiteHeaderProps) {
  const items = resolveNavigation(navigation)
  return (
    <header className="border-b border-rule">
      {/* Phones stack title, links and search; tablets put the search on a row of its own; desktops use one row. */}
      <div
        className="mx-auto flex w-full max-w-page flex-col gap-3 px-5 py-5 sm:flex-row sm:flex-wrap sm:items-center
        sm:justify-between sm:px-8 lg:flex-nowrap lg:gap-8"
      >
        <Link
          href="/"
          className="font-serif text-2xl font-semibold tracking-tight no-underline hover:text-accent lg:mr-auto"
        >
          {title}
        </Link>
        {items.length > 0 ? (
          <nav aria-label="Main">
            <ul className="flex flex-wrap gap-x-5 gap-y-2 font-sans text-[0.95rem]">
              {items.map((item) => {
                const isCurrent =
                  currentPath !== undefined &&
                  (item.href === currentPath || (item.href !== '/' && currentPath.startsWith(`${item.href}/`)))
                return (
                  <li key={item.key}>
                    {item.external ? (
                      <a
                        href={item.href}
                        rel="noopener noreferrer"
                        className="inline-block py-1 text-ink-muted no-underline hover:text-ink hover:underline"
                      >
                        {item.label}
                      </a>
                    ) : (
                      <Link
                        href={item.href}
                        aria-current={isCurrent ? 'page' : undefined}
                        className="inline-block py-1 text-ink-muted no-underline hover:text-ink hover:underline
                          aria-[current=page]:text-ink aria-[current=page]:underline
                          aria-[current=page]:decoration-accent aria-[current=page]:decoration-2"
                      >
                        {item.label}
                      </Link>
                    )}
                  </li>
                )
              })}
            </ul>
          </nav>
        ) : null}
        <SearchBox className="w-full lg:w-96 lg:shrink-0" />
      </div>
    </header>
  )
}
