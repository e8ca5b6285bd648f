import { shieldSelectId } from './watched-episode-store'

/**
 * One line for a reader who has not set the spoiler shield of this series yet, on pages that are
 * all about plot (an episode, an ending explained). It points at the shield on the same page and
 * disappears once a marker is set; without JavaScript the shield cannot work, so it never shows.
 */
export function ShieldNotice({ seriesSlug, what }: { seriesSlug: string; what: string }) {
  return (
    <p
      data-shield-notice={seriesSlug}
      className="shield-notice rounded-md bg-accent-soft px-4 py-3 font-sans text-[0.95rem] text-ink"
    >
      Still watching? This {what} gives away the plot.{' '}
      <a href={`#${shieldSelectId(seriesSlug)}`} className="font-semibold text-accent underline underline-offset-4">
        Tell the spoiler shield how far you have got
      </a>{' '}
      and we will hide anything later.
    </p>
  )
}
