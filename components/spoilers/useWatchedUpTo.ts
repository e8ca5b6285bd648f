'use client'

import { useCallback, useSyncExternalStore } from 'react'

import { readWatchedUpTo, subscribeToWatchedUpTo } from './watched-episode-store'

const notSetOnServer = () => null

/** The reader's marker for a series; null on the server and during hydration, so HTML never differs. */
export function useWatchedUpTo(seriesSlug: string | null | undefined): number | null {
  const read = useCallback(() => (seriesSlug ? readWatchedUpTo(seriesSlug) : null), [seriesSlug])
  return useSyncExternalStore(subscribeToWatchedUpTo, read, notSetOnServer)
}
