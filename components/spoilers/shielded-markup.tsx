import type { ReactNode } from 'react'

export type ShieldedLayout = 'reserve' | 'collapse'

export interface ShieldedMarkupProps {
  seriesSlug: string
  revealsUpTo: number
  layout: ShieldedLayout
  as: 'span' | 'div'
  inline?: boolean
  className?: string
  versionClassName?: string
  /** Set once the reader has asked to see this text anyway. */
  override?: boolean
  full: ReactNode
  spoilerFree: ReactNode
}

/**
 * Both versions of a marked text, side by side in the markup. The shield's stylesheet shows one:
 * the full text unless the reader's marker for the series is before `revealsUpTo`. With the
 * 'reserve' layout both sit in one grid cell, so the box keeps its size whichever is shown; the
 * hidden one uses visibility, which also takes it out of the accessibility tree.
 */
export function ShieldedMarkup({
  seriesSlug,
  revealsUpTo,
  layout,
  as: Tag,
  inline,
  className = '',
  versionClassName,
  override,
  full,
  spoilerFree,
}: ShieldedMarkupProps) {
  const versionClass = versionClassName ? { className: versionClassName } : null
  return (
    <Tag
      className={`shielded ${className}`.trim()}
      data-shield-series={seriesSlug}
      data-reveals-episode={revealsUpTo}
      data-layout={layout}
      {...(inline ? { 'data-inline': '' } : null)}
      {...(override ? { 'data-shield-override': '' } : null)}
    >
      {/* Attributes are spread only when set: an undefined prop still costs its name in the page's payload. */}
      <Tag data-shielded-version="full" {...versionClass}>
        {full}
      </Tag>
      <Tag data-shielded-version="spoiler-free" {...versionClass}>
        {spoilerFree}
      </Tag>
    </Tag>
  )
}

/** The neutral note shown when the editor wrote no spoiler-free version. */
export function shieldPlaceholder(revealsUpTo: number, coversFrom?: number | null): string {
  const what =
    typeof coversFrom === 'number' && coversFrom < revealsUpTo
      ? `Covers episodes ${coversFrom}\u2013${revealsUpTo}`
      : `Reveals episode ${revealsUpTo}`
  return `${what}: hidden by your spoiler shield.`
}
