import 'server-only'
import { contentReadUntagged } from './fetch'
import { PUBLISHED_EPISODE_QUERY, PUBLISHED_PAGE_QUERY } from './preview-queries'

/** Document pages by their first path segment: the type they show and the list a reader returns to. */
const documentPages: Record<string, { type: string; list: string }> = {
  reviews: { type: 'review', list: '/reviews' },
  people: { type: 'person', list: '/people' },
  series: { type: 'series', list: '/series' },
  news: { type: 'article', list: '/news' },
  critics: { type: 'critic', list: '/critics' },
}

/**
 * Where an editor lands on leaving draft mode from `path`: the same page, unless it shows a document
 * that was never published (readers would get a 404 there), then the list it belongs to, or for a
 * draft-only episode its series.
 */
export async function pathAfterDraftMode(path: string): Promise<string> {
  // A series' subpages (cast, episode guide, reviews) stand or fall with the series.
  const match = /^\/([a-z]+)\/([^/?#]+)(?:\/episodes\/(\d{1,4})|\/(?:cast|episodes|reviews))?\/?$/.exec(path)
  const page = match && documentPages[match[1]!]
  if (!match || !page) return path
  let slug: string
  try {
    slug = decodeURIComponent(match[2]!)
  } catch {
    return path // not a slug any document could have
  }
  const published = await contentReadUntagged({ query: PUBLISHED_PAGE_QUERY, params: { type: page.type, slug } })
  if (!published) return page.list
  if (match[3] === undefined || page.type !== 'series') return path
  const number = Number(match[3])
  const episode = await contentReadUntagged({ query: PUBLISHED_EPISODE_QUERY, params: { slug, number } })
  return episode ? path : path.replace(/\/episodes\/.*$/, '')
}
