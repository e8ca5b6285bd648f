import Link from 'next/link'

import { FormattedDate } from '@/components/format/FormattedDate'
import { ScoreBadge } from '@/components/score/ScoreBadge'
import { episodePath } from '@/lib/routes'

export interface EpisodeListEpisode {
  _id?: string | null
  number?: number | null
  title?: string | null
  airDate?: string | null
  runtimeMinutes?: number | null
  directors?: readonly ({ name?: string | null } | null)[] | null
  /** The episode review's score, when there is one. */
  score?: number | null
}

/**
 * One episode in a series' episode list: number, title, air date, runtime, directors, score.
 * Renders an <li>; put it in an <ol>.
 */
export function EpisodeListItem({
  episode,
  seriesSlug,
  current = false,
}: {
  episode: EpisodeListEpisode
  seriesSlug: string
  current?: boolean
}) {
  if (typeof episode.number !== 'number') return null
  const directors = (episode.directors ?? []).map((person) => person?.name).filter(Boolean)
  const runtime = episode.runtimeMinutes ? `${episode.runtimeMinutes} min` : null
  return (
    <li className="flex items-start gap-4 border-b border-rule py-4">
      <span
        aria-hidden="true"
        className="w-8 shrink-0 pt-0.5 text-right font-serif text-2xl leading-none text-ink-muted tabular-nums"
      >
        {episode.number}
      </span>
      <div className="min-w-0 flex-1">
        <p className="font-serif text-lg leading-snug">
          <Link
            href={episodePath(seriesSlug, episode.number)}
            aria-current={current ? 'page' : undefined}
            className="font-semibold no-underline hover:underline hover:decoration-accent aria-[current=page]:underline"
          >
            <span className="sr-only">Episode {episode.number}: </span>
            {episode.title ?? `Episode ${episode.number}`}
          </Link>
        </p>
        <p className="mt-1 text-sm text-ink-muted">
          <FormattedDate value={episode.airDate} />
          {episode.airDate && runtime ? ' · ' : null}
          {runtime}
          {directors.length > 0
            ? `${episode.airDate || runtime ? ' · ' : ''}Directed by ${directors.join(' and ')}`
            : null}
        </p>
      </div>
      {typeof episode.score === 'number' ? <ScoreBadge score={episode.score} size="sm" showBand={false} /> : null}
    </li>
  )
}
