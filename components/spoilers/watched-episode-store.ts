/**
 * The reader's "I've watched up to episode N" marker, one per series, kept only in this browser
 * (localStorage). Every spoiler island on a page reads it through useSyncExternalStore, so they
 * agree with each other and with other tabs, and the server always renders the "not set" state.
 */

/** Fired on this page when the reader moves a marker; other tabs hear the storage event instead. */
export const SHIELD_CHANGE_EVENT = 'spoiler-shield-change'
export const WATCHED_STORAGE_PREFIX = 'spoiler-shield:'

export function watchedStorageKey(seriesSlug: string): string {
  return `${WATCHED_STORAGE_PREFIX}${seriesSlug}`
}

/** The id of the shield's select for a series, fixed so a notice elsewhere on the page can link to it. */
export function shieldSelectId(seriesSlug: string): string {
  return `spoiler-shield-${seriesSlug}`
}

/** The last episode the reader has watched, 0 for "none yet", or null when they have not said. */
export function readWatchedUpTo(seriesSlug: string): number | null {
  try {
    const raw = window.localStorage.getItem(watchedStorageKey(seriesSlug))
    if (raw === null || !/^\d{1,4}$/.test(raw)) return null
    return Number(raw)
  } catch {
    // Storage can be unavailable (privacy modes, blocked cookies): behave as "not set".
    return null
  }
}

export function writeWatchedUpTo(seriesSlug: string, episode: number | null): void {
  try {
    if (episode === null) window.localStorage.removeItem(watchedStorageKey(seriesSlug))
    else window.localStorage.setItem(watchedStorageKey(seriesSlug), String(episode))
  } catch {
    // Still tell the islands on this page, so the choice holds until the page is left.
  }
  window.dispatchEvent(new CustomEvent(SHIELD_CHANGE_EVENT, { detail: { seriesSlug, episode } }))
}

export function subscribeToWatchedUpTo(onChange: () => void): () => void {
  window.addEventListener('storage', onChange)
  window.addEventListener(SHIELD_CHANGE_EVENT, onChange)
  return () => {
    window.removeEventListener('storage', onChange)
    window.removeEventListener(SHIELD_CHANGE_EVENT, onChange)
  }
}

/** Whether the marker hides a spoiler for `episode`: only when set and below that episode. */
export function isLockedByShield(episode: number | null | undefined, watchedUpTo: number | null): boolean {
  if (watchedUpTo === null || typeof episode !== 'number') return false
  return episode > watchedUpTo
}
