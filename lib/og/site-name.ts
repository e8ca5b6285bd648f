import { contentFetch } from '@/lib/content/fetch'
import { SITE_SETTINGS_QUERY } from '@/lib/content/queries'
import { cleanText } from '@/lib/seo/clean-text'

/** The site's name as editors set it, for the corner of every share card. */
export async function cardSiteName(): Promise<string> {
  const settings = await contentFetch({ query: SITE_SETTINGS_QUERY, perspective: 'published' })
  return cleanText(settings?.title) ?? 'Drama review'
}
