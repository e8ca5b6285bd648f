'use client'

import { useId } from 'react'

import { useWatchedUpTo } from './useWatchedUpTo'
import { shieldSelectId, writeWatchedUpTo } from './watched-episode-store'

export interface SpoilerShieldProps {
  seriesSlug: string
  seriesTitle?: string | null
  episodeCount: number
}

const notSet = 'not-set'

/**
 * "I've watched up to episode N" for one series. The choice stays in this browser and, on every page
 * that shows the series, locks spoiler blocks about later episodes and swaps any text marked as
 * revealing them for its spoiler-free version, until the reader moves it.
 */
export function SpoilerShield({ seriesSlug, seriesTitle, episodeCount }: SpoilerShieldProps) {
  const watchedUpTo = useWatchedUpTo(seriesSlug)
  const headingId = useId()
  const selectId = shieldSelectId(seriesSlug)
  const episodes = Array.from({ length: Math.max(0, Math.floor(episodeCount)) }, (_, index) => index + 1)
  const value = watchedUpTo === null ? notSet : String(Math.min(watchedUpTo, episodeCount))

  let status: string
  if (watchedUpTo === null) status = 'Not set: every spoiler can be opened.'
  else if (watchedUpTo >= episodeCount) status = 'You have seen it all: every spoiler can be opened.'
  else if (watchedUpTo === 0) status = 'Spoilers for every episode are locked.'
  else status = `Spoilers for episodes ${watchedUpTo + 1} to ${episodeCount} are locked.`

  return (
    <section
      aria-labelledby={headingId}
      className="rounded-md border border-rule bg-paper-raised px-4 py-4 font-sans text-sm sm:px-5"
    >
      <h2 id={headingId} className="kicker font-sans">
        Spoiler shield{seriesTitle ? ` · ${seriesTitle}` : ''}
      </h2>
      <div className="mt-2 flex flex-wrap items-center gap-x-3 gap-y-2">
        <label htmlFor={selectId} className="text-base text-ink">
          I&apos;ve watched up to
        </label>
        <select
          id={selectId}
          value={value}
          onChange={(event) => {
            const next = event.target.value
            writeWatchedUpTo(seriesSlug, next === notSet ? null : Number(next))
          }}
          className="min-h-11 rounded border border-rule-strong bg-paper px-3 py-2 text-base text-ink"
        >
          <option value={notSet}>— not set —</option>
          <option value="0">no episodes yet</option>
          {episodes.map((episode) => (
            <option key={episode} value={String(episode)}>
              {episode === episodeCount ? `episode ${episode} (the end)` : `episode ${episode}`}
            </option>
          ))}
        </select>
      </div>
      {/* Fixed words first: the status is known only after hydration, and nothing may move when it appears. */}
      <p className="mt-2 text-ink-muted">Kept only in this browser.</p>
      <p role="status" className="text-ink-muted">
        {status}
      </p>
    </section>
  )
}
