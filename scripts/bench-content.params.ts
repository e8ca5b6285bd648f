/**
 * Parameters for each page query in lib/content/queries.ts, on the bundled dataset and on the
 * synthetic one (scripts/synthetic-dataset.ts). Used by the content benchmark. A new query whose
 * `$params` this table cannot fill makes it say so; add a line here.
 */

import { NEWS_PER_PAGE, PEOPLE_PER_PAGE, REVIEWS_PER_PAGE, SERIES_PER_PAGE } from '../lib/paging'

export type ParamsFor = (queryName: string, query: string) => Record<string, unknown>

/** By the query's name: which document the page is about. */
type SlugByPage = [RegExp, string][]

// Paged lists: their first page, the one most readers see.
const pageSizeByList: [RegExp, number][] = [
  [/^REVIEW_LIST_/, REVIEWS_PER_PAGE],
  [/^PEOPLE_LIST_/, PEOPLE_PER_PAGE],
  [/^SERIES_LIST_/, SERIES_PER_PAGE],
  [/^ARTICLE_LIST_/, NEWS_PER_PAGE],
]

/** `subject`: the `_id` of an episode, for the reader reactions' subject lookup. */
function paramsFrom(slugByPage: SlugByPage, subject: string): ParamsFor {
  return (queryName, query) => {
    const names = [...new Set([...query.matchAll(/\$([A-Za-z_][A-Za-z0-9_]*)/g)].map((match) => match[1]))]
    const params: Record<string, unknown> = {}
    for (const name of names) {
      if (name === 'slug') {
        const page = slugByPage.find(([pattern]) => pattern.test(queryName))
        if (!page) throw new Error(`No $slug for ${queryName}: add its page to scripts/bench-content.params.ts`)
        params.slug = page[1]
      } else if (name === 'number') {
        params.number = 3
      } else if (name === 'subject') {
        params.subject = subject
      } else if (name === 'start' || name === 'end') {
        const list = pageSizeByList.find(([pattern]) => pattern.test(queryName))
        if (!list) throw new Error(`No page size for ${queryName}: add its list to scripts/bench-content.params.ts`)
        params.start = 0
        params.end = list[1]
      } else {
        throw new Error(`No value for $${name} in ${queryName}: add it to scripts/bench-content.params.ts`)
      }
    }
    return params
  }
}

/** Values that exist in sanity/seed/dataset.ndjson. */
export const bundledParams: ParamsFor = paramsFrom(
  [
    [/^(EMBED_)?REVIEW_/, 'love-in-the-big-city-review'],
    [/^PERSON_/, 'nam-yoon-su'],
    [/^CRITIC_/, 'mara-seo'],
    [/^ARTICLE_/, 'trailer-released'],
    [/^(SERIES|EPISODE)_/, 'love-in-the-big-city'],
  ],
  'episode-love-in-the-big-city-3',
)

/** Values that exist in a synthetic dataset of `seriesCount` series, picked from its middle. */
export function syntheticParams(seriesCount: number): ParamsFor {
  const s = Math.max(1, Math.ceil(seriesCount * 0.75))
  return paramsFrom(
    [
      [/^(EMBED_)?REVIEW_/, `series-${s}-review`],
      [/^PERSON_/, `person-${s}-12`],
      [/^CRITIC_/, 'critic-3'],
      [/^ARTICLE_/, `series-${s}-news`],
      [/^(SERIES|EPISODE)_/, `series-${s}`],
    ],
    `episode-${String(s).padStart(4, '0')}-03`,
  )
}
