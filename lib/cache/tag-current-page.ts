import 'server-only'
import { unstable_cache } from 'next/cache'
import { env } from '@/lib/env/server'

/**
 * Tags the page being rendered. Next gives a cached page the tags of every `unstable_cache` entry
 * it reads; that is the classic cache API, which a shared cache handler (Redis) also serves. The
 * entry holds nothing but its tag list, so its key is the list itself, and the data it stands for
 * is always read fresh: expiring a tag then re-renders the page with current data in one step.
 */
export function tagCurrentPage(tags: string[]): Promise<string[]> {
  const remember = unstable_cache(async () => tags, ['content-tags', ...tags], {
    tags,
    revalidate: env.revalidateSeconds || false,
  })
  return remember()
}
