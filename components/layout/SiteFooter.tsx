import { IntentLink } from '@/components/links/IntentLink'

import { resolveNavigation, type NavItem } from './navigation'

export interface SiteFooterProps {
  title: string
  /** One or two sentences about the site, from siteSettings.description. */
  description?: string | null
  navigation?: readonly NavItem[] | null
  /** Year shown in the copyright line; pass it in so static pages do not depend on the build clock. */
  year?: number
}

export function SiteFooter({ title, description, navigation, year }: SiteFooterProps) {
  const items = resolveNavigation(navigation)
  return (
    <footer className="mt-20 border-t border-rule bg-paper-raised">
      <div className="site-footer-bar">
        <div className="max-w-measure space-y-2">
          <p className="font-serif text-lg font-semibold text-ink">{title}</p>
          {description ? <p>{description}</p> : null}
          <p>
            {year ? `© ${year} ${title}. ` : null}
            Scores are out of 10; spoilers stay folded until you open them.
          </p>
        </div>
        {items.length > 0 ? (
          <nav aria-label="Footer">
            <ul className="space-y-1">
              {items.map((item) => (
                <li key={item.key}>
                  {item.external ? (
                    <a href={item.href} rel="noopener noreferrer" className="quiet-link">
                      {item.label}
                    </a>
                  ) : (
                    <IntentLink href={item.href} className="quiet-link">
                      {item.label}
                    </IntentLink>
                  )}
                </li>
              ))}
            </ul>
          </nav>
        ) : null}
      </div>
    </footer>
  )
}
