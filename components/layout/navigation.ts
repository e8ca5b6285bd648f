import { safeHref } from '@/lib/safe-href'

export interface NavItem {
  _key?: string | null
  label?: string | null
  href?: string | null
}

export interface ResolvedNavItem {
  key: string
  label: string
  href: string
  /** Leaves the site: rendered as a plain anchor with rel="noopener noreferrer". */
  external: boolean
}

/**
 * Editors type navigation hrefs by hand in site settings: site paths ("/reviews") and links safeHref
 * accepts pass; items without a label or a usable href are left out rather than rendered broken.
 */
export function resolveNavigation(items: readonly NavItem[] | null | undefined): ResolvedNavItem[] {
  const resolved: ResolvedNavItem[] = []
  for (const [index, item] of (items ?? []).entries()) {
    const label = item.label?.trim()
    const href = safeHref(item.href, { allowSitePaths: true })
    if (!label || !href) continue
    resolved.push({ key: item._key ?? `${index}-${label}`, label, href, external: !href.startsWith('/') })
  }
  return resolved
}
