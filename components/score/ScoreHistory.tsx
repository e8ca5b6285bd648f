import { useId } from 'react'

import { FormattedDate } from '@/components/format/FormattedDate'
import { IntentLink } from '@/components/links/IntentLink'
import { ScoreBadge } from '@/components/score/ScoreBadge'
import { episodeRangeLabel } from '@/lib/review-kinds'
import { ShieldedText } from '@/components/spoilers/ShieldedText'
import { reviewRevealsUpTo } from '@/lib/spoilers/reveals'
import { formatScore, roundScore } from '@/lib/score'
import { hrefForDocument } from '@/lib/routes'

export interface ScoredReview {
  _id?: string | null
  kind?: string | null
  title?: string | null
  slug?: string | null
  publishedAt?: string | null
  score?: number | null
  firstEpisode?: number | null
  lastEpisode?: number | null
  titleRevealsUpTo?: number | null
  spoilerFreeTitle?: string | null
}

/** The series the reviews are about, for the spoiler shield over their titles. */
interface ShieldScope {
  seriesSlug?: string | null
  episodeCount?: number | null
}

type Scored = ScoredReview & { score: number }

function byDate(a: ScoredReview, b: ScoredReview): number {
  return (a.publishedAt ?? '').localeCompare(b.publishedAt ?? '')
}

function changeSentence(first: number, final: number): string {
  const delta = roundScore(final) - roundScore(first)
  const points = formatScore(Math.abs(delta))
  if (Math.abs(delta) < 0.05) return 'The score held steady from first impressions to the final verdict.'
  return (
    `${delta > 0 ? 'Up' : 'Down'} ${points} ${points === '1.0' ? 'point' : 'points'} from first impressions to ` +
    `the final verdict.`
  )
}

function Stage({ label, review, scope }: { label: string; review: Scored; scope: ShieldScope }) {
  const href = hrefForDocument({ _type: 'review', slug: review.slug })
  const range = review.kind === 'series' ? 'Whole series' : episodeRangeLabel(review.firstEpisode, review.lastEpisode)
  return (
    <>
      <p className="kicker">{label}</p>
      <div className="mt-2">
        <ScoreBadge score={review.score} showBand />
      </div>
      <p className="mt-2 text-sm text-ink-muted">
        {range}
        {range && review.publishedAt ? ' · ' : null}
        <FormattedDate value={review.publishedAt} />
      </p>
      {href && review.title ? (
        <p className="mt-1 text-sm">
          <IntentLink href={href} className="text-link">
            <ShieldedText
              seriesSlug={scope.seriesSlug}
              revealsUpTo={reviewRevealsUpTo(review.titleRevealsUpTo, review, scope.episodeCount)}
              spoilerFree={review.spoilerFreeTitle}
            >
              {review.title}
            </ShieldedText>
          </IntentLink>
        </p>
      ) : null}
    </>
  )
}

/**
 * How the verdict moved from first impressions to the final series review. Renders only when
 * both exist; the change is spelled out in words, not only by position or colour.
 */
export function ScoreHistory({
  reviews,
  headingLevel = 2,
  ...scope
}: {
  reviews: readonly ScoredReview[] | null | undefined
  headingLevel?: 2 | 3
} & ShieldScope) {
  const headingId = useId()
  const scored = (reviews ?? []).filter((review): review is Scored => typeof review.score === 'number').toSorted(byDate)
  const first = scored.find((review) => review.kind === 'first-impressions')
  const final = scored.findLast((review) => review.kind === 'series')
  if (!first || !final) return null
  const Heading = `h${headingLevel}` as const
  return (
    <section aria-labelledby={headingId}>
      <Heading id={headingId} className="text-xl">
        Score history
      </Heading>
      <ol className="mt-4 grid gap-4 sm:grid-cols-2">
        <li className="rounded-md border border-rule p-4">
          <Stage label="First impressions" review={first} scope={scope} />
        </li>
        <li className="relative rounded-md border border-rule-strong p-4">
          <span
            aria-hidden="true"
            className="absolute -top-4 left-1/2 -translate-x-1/2 bg-paper px-1 text-ink-muted sm:top-1/2 sm:-left-4 sm:translate-x-0 sm:-translate-y-1/2"
          >
            <span className="sm:hidden">↓</span>
            <span className="hidden sm:inline">→</span>
          </span>
          <Stage label="Final verdict" review={final} scope={scope} />
        </li>
      </ol>
      <p className="mt-3 font-sans text-sm">{changeSentence(first.score, final.score)}</p>
    </section>
  )
}
