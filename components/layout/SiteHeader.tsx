import { IntentLink } from '@/components/links/IntentLink'
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
      <div className="site-header-bar">
        <IntentLink href="/" className="site-title">
          {title}
        </IntentLink>
        {items.length > 0 ? (
          <nav aria-label="Main">
            <ul className="site-nav">
              {items.map((item) => {
                const isCurrent =
                  currentPath !== undefined &&
                  (item.href === currentPath || (item.href !== '/' && currentPath.startsWith(`${item.href}/`)))
                return (
                  <li key={item.key}>
                    {item.external ? (
                      <a href={item.href} rel="noopener noreferrer" className="site-nav-link">
                        {item.label}
                      </a>
                    ) : (
                      <IntentLink
                        href={item.href}
                        aria-current={isCurrent ? 'page' : undefined}
                        className="site-nav-link"
                      >
                        {item.label}
                      </IntentLink>
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
