/**
 * Next's request-scoped pieces, replaced so crawler-facing routes run under Vitest with the real
 * contentFetch on the bundled dataset. Draft mode is ON here on purpose: routes that crawlers and
 * feed readers fetch must ask for the published perspective themselves, so a draft can never leak
 * even when a browser with the preview cookie triggers the render.
 *
 * Test files wire it with:
 *   vi.mock('next/headers', () => import('./next-stand-ins'))
 *   vi.mock('next/cache', () => import('./next-stand-ins'))
 *   vi.mock('@/lib/content/fetch', async (importOriginal) =>
 *     (await import('./next-stand-ins')).recordingFetch(await importOriginal()))
 */
import type * as ContentFetchModule from '@/lib/content/fetch'

type ContentFetchOptions = Parameters<typeof ContentFetchModule.contentFetch>[0]

/** Every contentFetch call, with the perspective and tags the route asked for. */
export const recordedFetches: ContentFetchOptions[] = []
/** Every cached read: the tags a revalidation webhook can expire it by. */
export const cachedReads: { tags: string[] | undefined; revalidate: number | false | undefined }[] = []

export async function draftMode() {
  return { isEnabled: true, enable() {}, disable() {} }
}

export function unstable_cache<A extends unknown[], R>(
  read: (...args: A) => Promise<R>,
  _keyParts?: string[],
  options?: { tags?: string[]; revalidate?: number | false },
) {
  cachedReads.push({ tags: options?.tags, revalidate: options?.revalidate })
  return read
}

export function recordingFetch(actual: typeof ContentFetchModule): typeof ContentFetchModule {
  const contentFetch = ((options: ContentFetchOptions) => {
    recordedFetches.push(options)
    return actual.contentFetch(options)
  }) as typeof actual.contentFetch
  return { ...actual, contentFetch }
}

export function resetRecords() {
  recordedFetches.length = 0
  cachedReads.length = 0
}
