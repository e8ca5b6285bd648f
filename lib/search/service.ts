import 'server-only'
/**
 * The search index the site answers from: built from one read of SEARCH_INDEX_QUERY, kept in
 * memory, and rebuilt when content changes. Which build is current is a Next cache entry holding
 * only a build stamp, tagged `search-index` (expired at once by the revalidation webhook) and
 * `content` (expired by a full refresh); so with a shared cache handler every server learns of a
 * change the same way pages do. If a rebuild fails, the last good index answers.
 * Draft mode searches drafts, built per request and never kept.
 */
import { unstable_cache } from 'next/cache'
import { contentReadUntagged } from '@/lib/content/fetch'
import type { ContentPerspective } from '@/lib/content/perspective'
import { SEARCH_INDEX_QUERY } from '@/lib/content/queries'
import { ALL_CONTENT_TAG, SEARCH_INDEX_TAG } from '@/lib/content/tags'
import { env } from '@/lib/env/server'
import { searchDocuments } from './documents'
import { buildSearchIndex, type SearchIndex } from './engine'

const currentStamp = unstable_cache(
  async () => `${Date.now()}-${Math.random().toString(36).slice(2)}`,
  [SEARCH_INDEX_TAG],
  // The same time-based fallback as pages, for content changed with no webhook to say so.
  { tags: [SEARCH_INDEX_TAG, ALL_CONTENT_TAG], revalidate: env.revalidateSeconds || false },
)

async function buildFrom(perspective: ContentPerspective): Promise<SearchIndex> {
  const read = await contentReadUntagged({ query: SEARCH_INDEX_QUERY, perspective })
  return buildSearchIndex(searchDocuments(read))
}

let published: { stamp: string; index: Promise<SearchIndex> } | null = null
let lastGood: SearchIndex | null = null

async function publishedIndex(): Promise<SearchIndex> {
  const stamp = await currentStamp()
  // Concurrent searches after a change share one build.
  if (published?.stamp !== stamp) published = { stamp, index: buildFrom('published') }
  try {
    lastGood = await published.index
    return lastGood
  } catch (error) {
    if (!lastGood) throw error
    // The next search retries; until then the last good index answers.
    published = null
    console.error('[search] rebuilding the index failed; answering from the previous one.', error)
    return lastGood
  }
}

/** The index for a perspective: the kept one for published content, a fresh one for drafts. */
export function getSearchIndex(perspective: ContentPerspective): Promise<SearchIndex> {
  return perspective === 'drafts' ? buildFrom('drafts') : publishedIndex()
}
