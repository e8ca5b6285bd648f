'use client'

import { installShieldStylesheet, type ShieldStylesheetOptions } from './shield-stylesheet'
import { SHIELD_CHANGE_EVENT, WATCHED_STORAGE_PREFIX } from './watched-episode-store'

export const SHIELD_STYLE_ID = 'spoiler-shield-rules'

const options: ShieldStylesheetOptions = {
  storagePrefix: WATCHED_STORAGE_PREFIX,
  changeEvent: SHIELD_CHANGE_EVENT,
  styleId: SHIELD_STYLE_ID,
  // The most episodes a series can have (the series schema's episode count rule).
  maxEpisodes: 200,
}

const script = `(${installShieldStylesheet.toString()})(${JSON.stringify(options)})`

/**
 * Applies the reader's spoiler shields before anything below it is parsed, so text past their
 * marker is never painted. Place it before the page content. Without JavaScript nothing is
 * hidden and spoiler blocks stay closed, as before the shield covered the rest of the page.
 *
 * A client component only so that the script's text ships once in a cached chunk: from a server
 * component it would also be copied into every page's inline RSC payload (2.2 kB a page). The
 * server still renders it inline, where it runs; hydration leaves it as it is.
 */
export function SpoilerShieldStyles() {
  return <script id="spoiler-shield-script" dangerouslySetInnerHTML={{ __html: script }} />
}
