import type { Metadata } from 'next'
import type { WebSite, WithContext } from 'schema-dts'

import { type ListPath, listPagePath } from '@/lib/routes'

import { cleanDeep, cleanText, summarize } from '../clean-text'
import { buildMetadata } from '../metadata'
import { absoluteUrl } from '../site-url'

export interface SiteSeoInput {
  title: string
  description?: string | null
}

/**
 * `generateMetadata` of the (site) layout: the title template every page's title goes into, and
 * the site name on share cards. No canonical here: each page states its own.
 */
export function siteLayoutMetadata(site: SiteSeoInput): Metadata {
  const name = cleanText(site.title) ?? 'Drama review'
  return {
    title: { default: name, template: `%s · ${name}` },
    description: summarize(site.description) ?? undefined,
    applicationName: name,
    openGraph: { siteName: name, locale: 'en', type: 'website' },
    twitter: { card: 'summary_large_image' },
  }
}

/** `generateMetadata` of the home page: the site name is the whole title. */
export function homePageMetadata(site: SiteSeoInput): Metadata {
  const name = cleanText(site.title) ?? 'Drama review'
  return { ...buildMetadata({ title: name, description: site.description, path: '/' }), title: { absolute: name } }
}

export function homePageJsonLd(site: SiteSeoInput): Array<WithContext<WebSite> | null> {
  const name = cleanText(site.title)
  if (!name) return [null]
  return [
    cleanDeep<WithContext<WebSite>>({
      '@context': 'https://schema.org',
      '@type': 'WebSite',
      name,
      url: absoluteUrl('/'),
      ...(site.description ? { description: summarize(site.description) ?? undefined } : {}),
    }),
  ]
}

export interface ListingSeoInput {
  title: string
  description: string
  /** The list's own address, which is also its first page. */
  path: ListPath
  /** Later pages name their number in the title and are their own canonical URL. */
  page?: number
}

/** `metadata` of a listing page such as /reviews or /people, or one of its later pages. */
export function listingPageMetadata({ title, description, path, page = 1 }: ListingSeoInput): Metadata {
  return buildMetadata({
    title: page > 1 ? `${title}, page ${page}` : title,
    description,
    path: listPagePath(path, page),
  })
}
