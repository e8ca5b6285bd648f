import { useId, type ReactNode } from 'react'

import { ReportControl } from '@/components/comments/ReportControl'
import { FormattedDate } from '@/components/format/FormattedDate'
import { nativeScriptLang } from '@/components/format/native-script-lang'
import { IntentLink } from '@/components/links/IntentLink'
import { ShieldedText } from '@/components/spoilers/ShieldedText'
import { SpoilerBlock } from '@/components/spoilers/SpoilerBlock'
import { AUDIENCE_RATING_MAX } from '@/lib/reactions/audience'
import { readerReviewPath } from '@/lib/routes'
import type { ReaderReview } from '@/lib/reactions/types'

export interface ReaderReviewCardProps {
  review: ReaderReview
  seriesSlug: string | null | undefined
  /** The last episode the review may give away, for the spoiler shield (see readerReviewRevealsUpTo). */
  revealsUpTo: number | null
  /** The vote buttons; they show the helpful counts themselves, so the card shows them only without. */
  actions?: ReactNode
  /** For "Had watched 5 of 8 episodes". */
  episodeCount?: number | null
  headingLevel?: 2 | 3
  /** The body is only the review's start (reviewExcerpt): link to the whole of it. */
  truncated?: boolean
  /** With it, a "Report" control; the page a report sent without JavaScript goes back to. */
  reportReturnTo?: string
}

/** Blank lines separate paragraphs; single line breaks stay as the reader typed them. */
function paragraphs(body: string): string[] {
  return body
    .split(/\n\s*\n/)
    .map((paragraph) => paragraph.trim())
    .filter(Boolean)
}

function episodesWatchedLabel(watched: number | null, episodeCount: number | null | undefined): string | null {
  if (typeof watched !== 'number') return null
  if (watched === 0) return 'Had watched no episodes yet'
  const of = typeof episodeCount === 'number' && episodeCount > 0 ? ` of ${episodeCount}` : ''
  return `Had watched ${watched}${of} episode${watched === 1 && !of ? '' : 's'}`
}

function helpfulLabel({ helpful, notHelpful }: Pick<ReaderReview, 'helpful' | 'notHelpful'>): string {
  const votes = helpful + notHelpful
  if (votes === 0) return 'No helpful votes yet'
  return `${helpful} of ${votes} ${votes === 1 ? 'reader' : 'readers'} found this helpful`
}

/**
 * A review a reader wrote, shown as plain text: what they typed is never markup and no address in
 * it becomes a link. A review its writer flagged as a spoiler stays folded like the site's spoiler
 * blocks, and its title follows the reader's spoiler shield.
 */
export function ReaderReviewCard({
  review,
  seriesSlug,
  revealsUpTo,
  actions,
  episodeCount,
  headingLevel = 3,
  truncated = false,
  reportReturnTo,
}: ReaderReviewCardProps) {
  const headingId = useId()
  const Heading = `h${headingLevel}` as const
  const shield = review.containsSpoilers ? revealsUpTo : null
  const watched = episodesWatchedLabel(review.episodesWatched, episodeCount)
  const body = (
    <div className="space-y-3 font-serif text-[1.05rem] break-words whitespace-pre-line">
      {paragraphs(review.body).map((paragraph, index) => (
        <p key={index}>{paragraph}</p>
      ))}
      {truncated ? (
        <p className="font-sans text-sm">
          <IntentLink href={readerReviewPath(review.id)} className="font-semibold text-accent">
            Read the whole review<span className="sr-only"> by {review.name}</span>
          </IntentLink>
        </p>
      ) : null}
    </div>
  )

  return (
    <article
      id={`reader-review-${review.id}`}
      aria-labelledby={headingId}
      className="space-y-3 rounded-md border border-rule p-5"
    >
      <header className="space-y-1">
        <p className="flex flex-wrap items-baseline gap-x-2 font-sans">
          <span className="rounded-md bg-ink px-2 py-0.5 font-semibold text-paper tabular-nums">
            <span className="sr-only">Rated </span>
            {review.rating}
            <span aria-hidden="true">/{AUDIENCE_RATING_MAX}</span>
            <span className="sr-only"> out of {AUDIENCE_RATING_MAX}</span>
          </span>
          {review.containsSpoilers ? (
            <span className="rounded-sm border border-rule-strong px-1.5 text-xs font-semibold tracking-wide uppercase">
              Contains spoilers
            </span>
          ) : null}
        </p>
        <Heading id={headingId} className="font-serif text-xl leading-snug font-semibold break-words">
          <ShieldedText seriesSlug={seriesSlug} revealsUpTo={shield}>
            {review.title}
          </ShieldedText>
        </Heading>
        <p className="font-sans text-sm text-ink-muted">
          By{' '}
          <span lang={nativeScriptLang(review.name)} className="font-medium text-ink">
            {review.name}
          </span>
          {' · '}
          <FormattedDate value={review.createdAt} />
          {watched ? ` · ${watched}` : null}
        </p>
      </header>
      {review.containsSpoilers ? (
        <SpoilerBlock
          episode={shield}
          seriesSlug={seriesSlug}
          summary="The reader flagged this review as giving away the plot."
        >
          {body}
        </SpoilerBlock>
      ) : (
        body
      )}
      <footer className="space-y-1 font-sans text-sm text-ink-muted">
        {actions ?? <p>{helpfulLabel(review)}</p>}
        {reportReturnTo ? (
          <ReportControl item={review.id} itemLabel={`the review by ${review.name}`} returnTo={reportReturnTo} />
        ) : null}
      </footer>
    </article>
  )
}
