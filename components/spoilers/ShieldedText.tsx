import type { ReactNode } from 'react'

import { shieldPlaceholder, ShieldedMarkup } from './shielded-markup'
import { ShowAnywayPassage } from './ShowAnywayPassage'

export interface ShieldedTextProps {
  /** The series whose spoiler shield applies. */
  seriesSlug: string | null | undefined
  /** The last episode the text gives away. Without it, or without a series, the text is shown as it is. */
  revealsUpTo: number | null | undefined
  /** The first episode of a range the text covers, for the note "Covers episodes 5–6". */
  coversFrom?: number | null
  /** The editor's spoiler-free version; without it, readers who are behind see a neutral note. */
  spoilerFree?: ReactNode
  /** Inside running text or a flex row, rather than a block of its own. */
  inline?: boolean
  as?: 'span' | 'div'
  className?: string
  /** Classes for each version, e.g. a line clamp that must apply to the text itself. */
  versionClassName?: string
  /**
   * For long passages (a synopsis, a review): fold it away without reserving its space, explain
   * why with `notice`, and offer a button with this label to show it anyway.
   */
  showAnyway?: { label: string; notice: ReactNode }
  children: ReactNode
}

function isEpisode(value: number | null | undefined): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 1
}

/**
 * Text that may reveal more than a reader has watched: rendered with its episode marker and its
 * spoiler-free stand-in, for the reader's spoiler shield to choose between in the browser.
 */
export function ShieldedText({
  seriesSlug,
  revealsUpTo,
  coversFrom,
  spoilerFree,
  inline,
  as = 'span',
  className,
  versionClassName,
  showAnyway,
  children,
}: ShieldedTextProps) {
  if (!seriesSlug || !isEpisode(revealsUpTo)) return <>{children}</>
  const markup = { seriesSlug, revealsUpTo, as, inline, className, versionClassName }
  if (showAnyway)
    return (
      <ShowAnywayPassage {...markup} as="div" full={children} notice={showAnyway.notice} showLabel={showAnyway.label} />
    )
  const standIn = spoilerFree ?? (
    <span className="text-ink-muted italic">{shieldPlaceholder(revealsUpTo, coversFrom)}</span>
  )
  return <ShieldedMarkup {...markup} layout="reserve" full={children} spoilerFree={standIn} />
}
