'use client'

import { useId, useState, type ReactNode } from 'react'

import { ShieldedMarkup } from './shielded-markup'
import { useWatchedUpTo } from './useWatchedUpTo'
import { isLockedByShield } from './watched-episode-store'

export interface SpoilerBlockProps {
  /** The episode whose events this block gives away. */
  episode?: number | null
  /** A spoiler-free line saying what the block is about. */
  summary?: string | null
  /** The series whose spoiler shield applies; without it the block is a plain disclosure. */
  seriesSlug?: string | null
  children: ReactNode
}

/**
 * Text that gives away a plot point, folded until the reader asks for it. When the reader's spoiler
 * shield says they have not reached `episode` yet, the block stays shut and says why. What the
 * reader sees of the lock (button label, note) comes from the shield's stylesheet, like all marked
 * text, so it is right from the first paint instead of changing size after hydration.
 */
export function SpoilerBlock({ episode, summary, seriesSlug, children }: SpoilerBlockProps) {
  const [open, setOpen] = useState(false)
  const [explainLock, setExplainLock] = useState(false)
  const watchedUpTo = useWatchedUpTo(seriesSlug)
  const locked = isLockedByShield(episode, watchedUpTo)
  const expanded = open && !locked
  const panelId = useId()
  const episodeLabel = typeof episode === 'number' ? `episode ${episode}` : 'the series'
  const shield = seriesSlug && typeof episode === 'number' ? { seriesSlug, revealsUpTo: episode } : null
  const openLabel = (
    <>
      <span aria-hidden="true">{expanded ? '−' : '+'}</span>{' '}
      {expanded ? 'Hide spoiler' : `Show spoiler for ${episodeLabel}`}
    </>
  )
  const watchedLabel = watchedUpTo === 0 ? 'no episodes yet' : `episode ${watchedUpTo}`
  const lockNote = explainLock
    ? `This stays hidden because your spoiler shield says you have watched up to ${watchedLabel}. ` +
      `Move the shield's marker to episode ${episode} or later to read it.`
    : `Hidden by your spoiler shield until you have watched ${episodeLabel}.`

  function toggle() {
    if (locked) {
      setExplainLock(true)
      return
    }
    setExplainLock(false)
    setOpen((wasOpen) => !wasOpen)
  }

  return (
    <div
      role="group"
      aria-label={`Spoiler for ${episodeLabel}`}
      data-spoiler-episode={episode ?? undefined}
      data-locked={locked ? 'true' : undefined}
      className="my-8 rounded-md border border-dashed border-rule-strong bg-paper-raised px-4 py-4 font-sans text-base sm:px-5"
    >
      <div className="flex flex-wrap items-center justify-between gap-3">
        <div className="min-w-0">
          <p className="kicker">Spoiler · {episodeLabel}</p>
          {summary ? <p className="mt-1 text-[0.95rem] text-ink">{summary}</p> : null}
        </div>
        <button
          type="button"
          aria-expanded={expanded}
          aria-controls={panelId}
          onClick={toggle}
          className="inline-flex min-h-11 items-center gap-2 rounded border border-ink px-3 py-2 text-sm font-semibold text-ink hover:bg-ink hover:text-paper aria-expanded:bg-ink aria-expanded:text-paper"
        >
          {shield ? (
            <ShieldedMarkup
              {...shield}
              as="span"
              inline
              layout="reserve"
              full={openLabel}
              spoilerFree={`Locked: spoils ${episodeLabel}`}
            />
          ) : (
            openLabel
          )}
        </button>
      </div>
      {shield ? (
        <ShieldedMarkup
          {...shield}
          as="div"
          layout="collapse"
          full={null}
          spoilerFree={
            <p role="status" className="mt-3 text-sm text-ink-muted">
              {lockNote}
            </p>
          }
        />
      ) : null}
      <div id={panelId} hidden={!expanded} className="prose mt-4 max-w-none text-[1.05rem]">
        {children}
      </div>
    </div>
  )
}
