import { useId } from 'react'

import { AudienceScore } from '@/components/reactions/AudienceScore'
import { ScoreBadge } from '@/components/score/ScoreBadge'
import { FormattedDate, formatDate } from '@/components/format/FormattedDate'
import { coveredEpisodesLabel, type ReviewKind, reviewKindLabel } from '@/lib/review-kinds'
import { ShieldedText } from '@/components/spoilers/ShieldedText'
import type { AudienceSummary } from '@/lib/reactions/types'
import { reviewRevealsUpTo } from '@/lib/spoilers/reveals'
import { hrefForDocument } from '@/lib/routes'
import { type SpoilerLevel, spoilerLevelLabel } from '@/lib/spoiler-levels'

import { CardHeading, type HeadingLevel } from './CardHeading'

export interface ReviewCardReview {
  _id?: string | null
  kind?: ReviewKind | null
  title?: string | null
  slug?: string | null
  publishedAt?: string | null
  score?: number | null
  verdict?: string | null
  spoilerLevel?: SpoilerLevel | null
  firstEpisode?: number | null
  lastEpisode?: number | null
  titleRevealsUpTo?: number | null
  spoilerFreeTitle?: string | null
  verdictRevealsUpTo?: number | null
  spoilerFreeVerdict?: string | null
  critic?: { name?: string | null } | null
  series?: { _id?: string | null; title?: string | null; slug?: string | null; episodeCount?: number | null } | null
  /** The episode an episode review is about. */
  episode?: { _id?: string | null } | null
}

/** What a screen reader hears after the card's title: "Episode review, by Mara Seo, published 5 November 2024". */
export function reviewCardDescription(review: ReviewCardReview): string {
  const published = formatDate(review.publishedAt)
  return [
    reviewKindLabel(review.kind),
    review.critic?.name ? `by ${review.critic.name}` : null,
    published ? `published ${published}` : null,
  ]
    .filter(Boolean)
    .join(', ')
}

/**
 * A review in a list: kind and episodes, title, series, critic, date, score and the one-line verdict.
 * Title and verdict follow the reader's spoiler shield for the series. A review of a series or an
 * episode shows the readers' score of it beside the critic's (`audience`, see reviewAudienceSubject).
 */
export function ReviewCard({
  review,
  headingLevel = 3,
  showSeries = true,
  audience,
}: {
  review: ReviewCardReview
  headingLevel?: HeadingLevel
  showSeries?: boolean
  audience?: AudienceSummary | null
}) {
  const href = hrefForDocument({ _type: 'review', slug: review.slug })
  const range = coveredEpisodesLabel(review)
  const seriesSlug = review.series?.slug
  const episodeCount = review.series?.episodeCount
  const titleRevealsUpTo = reviewRevealsUpTo(review.titleRevealsUpTo, review, episodeCount)
  const descriptionId = useId()
  return (
    <article className="card gap-3 p-5">
      <div>
        <p className="kicker">
          {reviewKindLabel(review.kind)}
          {range ? ` · ${range}` : null}
        </p>
        <CardHeading
          level={headingLevel}
          href={href}
          className="mt-1 text-xl"
          describedBy={href ? descriptionId : undefined}
        >
          <ShieldedText seriesSlug={seriesSlug} revealsUpTo={titleRevealsUpTo} spoilerFree={review.spoilerFreeTitle}>
            {review.title}
          </ShieldedText>
        </CardHeading>
        {href ? (
          <span id={descriptionId} hidden>
            {reviewCardDescription(review)}
          </span>
        ) : null}
      </div>
      {typeof review.score === 'number' || audience ? (
        <div className="card-scores">
          {typeof review.score === 'number' ? <ScoreBadge score={review.score} /> : null}
          {audience ? <AudienceScore summary={audience} variant="compact" /> : null}
        </div>
      ) : null}
      {review.verdict ? (
        <p className="card-verdict">
          <ShieldedText
            seriesSlug={seriesSlug}
            revealsUpTo={reviewRevealsUpTo(review.verdictRevealsUpTo, review, episodeCount)}
            spoilerFree={review.spoilerFreeVerdict}
            versionClassName="line-clamp-3"
          >
            {review.verdict}
          </ShieldedText>
        </p>
      ) : null}
      <p className="card-meta">
        {showSeries && review.series?.title ? (
          <span className="font-medium text-ink">{review.series.title}</span>
        ) : null}
        {showSeries && review.series?.title ? ' · ' : null}
        {review.critic?.name ? `By ${review.critic.name}` : null}
        {review.critic?.name && review.publishedAt ? ' · ' : null}
        <FormattedDate value={review.publishedAt} className="whitespace-nowrap" />
        {review.spoilerLevel === 'full' ? (
          <span className="ml-2 inline-block rounded-sm border border-rule-strong px-1.5 text-xs font-semibold tracking-wide uppercase">
            {spoilerLevelLabel('full')}
          </span>
        ) : null}
      </p>
    </article>
  )
}
