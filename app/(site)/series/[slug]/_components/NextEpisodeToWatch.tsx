'use client'

import Link from 'next/link'

import { IntentLink } from '@/components/links/IntentLink'
import { useWatchedUpTo } from '@/components/spoilers/useWatchedUpTo'
import { episodePath } from '@/lib/routes'

export interface NextEpisodeToWatchProps {
  seriesSlug: string
  episodeCount: number
  firstEpisode: { number: number; title?: string | null }
  /** Where a reader who has seen everything goes next: the reviews, ending explainers included. */
  reviewsHref: string
}

/**
 * Where to start, or, once the reader has set the spoiler shield, the episode after the last one
 * they watched. The page is static, so the server renders the start; the marker is read in the browser.
 */
export function NextEpisodeToWatch({ seriesSlug, episodeCount, firstEpisode, reviewsHref }: NextEpisodeToWatchProps) {
  const watchedUpTo = useWatchedUpTo(seriesSlug)
  if (watchedUpTo !== null && watchedUpTo >= episodeCount)
    return (
      <p>
        You have watched all {episodeCount} episodes.{' '}
        <IntentLink href={reviewsHref} className="font-semibold text-accent">
          Read the reviews
        </IntentLink>
      </p>
    )
  if (watchedUpTo !== null && watchedUpTo > 0) {
    const next = watchedUpTo + 1
    return (
      <p>
        Next to watch:{' '}
        <Link href={episodePath(seriesSlug, next)} className="font-semibold text-accent">
          Episode {next}
        </Link>
      </p>
    )
  }
  return (
    <p>
      Start with{' '}
      <Link href={episodePath(seriesSlug, firstEpisode.number)} className="font-semibold text-accent">
        Episode {firstEpisode.number}
        {firstEpisode.title ? `: ${firstEpisode.title}` : null}
      </Link>
    </p>
  )
}
