/**
 * The share card of a page with no picture or score of its own (home, lists, news, critics): the
 * section in the kicker, what the page holds as the title, the site's name in the corner.
 */
import { contentFetch } from '@/lib/content/fetch'
import { SITE_SETTINGS_QUERY } from '@/lib/content/queries'
import { cleanText } from '@/lib/seo/clean-text'

import { renderShareCard } from './render-share-card'

export interface SectionCardProps {
  kicker: string
  /** Default: the site's name. */
  title?: string | null
  /** Default: the site's description. */
  detail?: string | null
}

export async function renderSectionCard({ kicker, title, detail }: SectionCardProps) {
  const settings = await contentFetch({ query: SITE_SETTINGS_QUERY, perspective: 'published' })
  const siteName = cleanText(settings?.title) ?? 'Drama review'
  return renderShareCard({
    kicker,
    title: title || siteName,
    detail: detail === undefined ? cleanText(settings?.description) : detail,
    siteName,
  })
}
