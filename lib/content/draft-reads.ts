import 'server-only'
/**
 * What a draft-mode request has read, for the banner that names the drafts on the page. The page
 * and the layout render side by side, so the banner waits until no read has been in flight for a
 * few turns of the event loop (and at most a few seconds) before it lists what was read. This runs
 * in draft mode only; published pages never track or wait.
 */
import { cache } from 'react'
import { collectDocumentIds } from './tags'

interface RequestReads {
  ids: Set<string>
  inFlight: number
}

const readsOfThisRequest = cache((): RequestReads => ({ ids: new Set(), inFlight: 0 }))

/** Counts a draft read while it runs and keeps the ids of the documents it returns. */
export async function trackDraftRead<T>(read: Promise<T>): Promise<T> {
  const reads = readsOfThisRequest()
  reads.inFlight += 1
  try {
    const result = await read
    collectDocumentIds(result, reads.ids)
    return result
  } finally {
    reads.inFlight -= 1
  }
}

const QUIET_TURNS = 3
// The page's own read may start a moment after the layout's; it is then in flight or done.
const MIN_WAIT_MS = 50
const MAX_WAIT_MS = 3000

/** The ids of every document this request's draft reads returned, once reading has gone quiet. */
export async function idsReadOnceQuiet(): Promise<string[]> {
  const reads = readsOfThisRequest()
  const started = Date.now()
  let quiet = 0
  while ((quiet < QUIET_TURNS || Date.now() - started < MIN_WAIT_MS) && Date.now() - started < MAX_WAIT_MS) {
    await new Promise((resolve) => setTimeout(resolve, 5))
    quiet = reads.inFlight === 0 ? quiet + 1 : 0
  }
  return [...reads.ids]
}
