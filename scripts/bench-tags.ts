/**
 * npm run bench:tags: how far one edit reaches. Reads every reader page of the bundled dataset as
 * the site does, derives each page's cache tags, then for one document of each type counts the pages
 * a text edit expires (its document tag) against those a tag per type would expire.
 *
 *   npm run bench:tags
 */
import { loadDatasetFile } from '../lib/content/dataset-loader'
import * as queries from '../lib/content/queries'
import { queryBundledDataset } from '../lib/content/sources/bundled'
import { cacheTagsForRead } from '../lib/content/tags'
import { NEWS_PER_PAGE, PEOPLE_PER_PAGE, REVIEWS_PER_PAGE, SERIES_PER_PAGE, pageSlice } from '../lib/paging'
import { tagsForChange } from '../lib/revalidation/tags-for-change'

const file = 'sanity/seed/dataset.ndjson'
type Doc = { _id: string; _type: string; slug?: { current?: string }; number?: number; series?: { _ref: string } }
const documents = (loadDatasetFile(file).documents as Doc[]).filter((doc) => !doc._id.startsWith('drafts.'))
const byId = new Map(documents.map((doc) => [doc._id, doc]))

const pages: { name: string; query: string; params: Record<string, unknown> }[] = [
  { name: '/', query: queries.HOME_PAGE_QUERY, params: {} },
  { name: '/reviews', query: queries.REVIEW_LIST_QUERY, params: pageSlice(1, REVIEWS_PER_PAGE) },
  { name: '/series', query: queries.SERIES_LIST_QUERY, params: pageSlice(1, SERIES_PER_PAGE) },
  { name: '/people', query: queries.PEOPLE_LIST_QUERY, params: pageSlice(1, PEOPLE_PER_PAGE) },
  { name: '/news', query: queries.ARTICLE_LIST_QUERY, params: pageSlice(1, NEWS_PER_PAGE) },
]
const pageQueryOf: Record<string, [string, string]> = {
  review: ['/reviews/', queries.REVIEW_PAGE_QUERY],
  series: ['/series/', queries.SERIES_PAGE_QUERY],
  person: ['/people/', queries.PERSON_PAGE_QUERY],
  critic: ['/critics/', queries.CRITIC_PAGE_QUERY],
  article: ['/news/', queries.ARTICLE_PAGE_QUERY],
}
for (const doc of documents) {
  const slug = doc.slug?.current
  const page = pageQueryOf[doc._type]
  if (page && slug) pages.push({ name: page[0] + slug, query: page[1], params: { slug } })
  if (doc._type === 'series' && slug) {
    pages.push(
      { name: `/series/${slug}/cast`, query: queries.SERIES_CAST_QUERY, params: { slug } },
      { name: `/series/${slug}/episodes`, query: queries.SERIES_EPISODE_GUIDE_QUERY, params: { slug } },
      { name: `/series/${slug}/reviews`, query: queries.SERIES_REVIEWS_QUERY, params: { slug } },
    )
  }
  if (doc._type === 'episode' && doc.series) {
    const seriesSlug = byId.get(doc.series._ref)?.slug?.current
    const name = `/series/${seriesSlug}/episodes/${doc.number}`
    pages.push({ name, query: queries.EPISODE_PAGE_QUERY, params: { slug: seriesSlug, number: doc.number } })
  }
}

const tagged = await Promise.all(
  pages.map(async (page) => {
    const result = await queryBundledDataset({ ...page, perspective: 'published', file })
    return { name: page.name, tags: cacheTagsForRead(page.query, result) }
  }),
)
const counts = tagged.map((page) => page.tags.length)
console.log(`${tagged.length} reader pages; tags per page: ${Math.min(...counts)} to ${Math.max(...counts)}`)

for (const type of ['review', 'episode', 'person', 'character', 'critic', 'article', 'series']) {
  const doc = documents.find((candidate) => candidate._type === type)
  if (!doc) continue
  const expired = new Set(tagsForChange({ _id: doc._id, _type: type, operation: 'update', listingChanged: false }))
  const reached = tagged.filter((page) => page.tags.some((tag) => expired.has(tag))).length
  const typeWide = tagged.filter((page) => page.tags.includes(type)).length
  const shown = `${reached} of ${tagged.length} pages expire`
  console.log(`text edit to ${doc._id}: ${shown} (pages selecting ${type} documents: ${typeWide})`)
}
