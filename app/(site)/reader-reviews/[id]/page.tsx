import type { Metadata } from 'next'
import { cookies } from 'next/headers'
import Link from 'next/link'
import { notFound } from 'next/navigation'
import { cache } from 'react'

import { FormattedDate } from '@/components/format/FormattedDate'
import { Breadcrumbs } from '@/components/layout/Breadcrumbs'
import { PageContainer } from '@/components/layout/PageContainer'
import { VoteButtons } from '@/components/reactions/VoteButtons'
import { env } from '@/lib/env/server'
import { READER_COOKIE } from '@/lib/reactions/identity'
import { getReactionService } from '@/lib/reactions/service'
import type { ReviewStatus } from '@/lib/reactions/types'

import { OwnReviewControls } from '../_components/OwnReviewControls'
import { readerReviewPath } from '@/lib/routes'

type Params = Promise<{ id: string }>

const STATUS_LABELS: Record<ReviewStatus, string> = {
  published: 'Published',
  pending: 'Waiting for a moderator',
  hidden: 'Hidden by a moderator',
  rejected: 'Not published by a moderator',
  deleted: 'Deleted',
}

// Rendered per request: what it shows depends on the reader's cookie.
const loadReview = cache(async (id: string) => {
  if (!env.readerReactions) return null
  const service = await getReactionService()
  return service.ownReview(id, service.reader((await cookies()).get(READER_COOKIE)?.value))
})

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const view = await loadReview((await params).id)
  return {
    title: view ? `${view.review.title}: a reader review` : 'Reader review',
    // One reader's words, shown on the subject's pages; this page is for its author and for links.
    robots: { index: false },
  }
}

/** One reader review, with its status; its author may edit or delete it for 15 minutes after posting. */
export default async function ReaderReviewPage({ params }: { params: Params }) {
  const { id } = await params
  const view = await loadReview(id)
  if (!view) notFound()
  const { review, subject, isAuthor, editableUntil } = view
  const path = readerReviewPath(review.id)
  const crumbs = [
    { label: 'Series', href: '/series' },
    ...(subject
      ? [
          { label: subject.seriesTitle, href: `/series/${encodeURIComponent(subject.seriesSlug)}` },
          ...(subject.kind === 'episode' ? [{ label: `Episode ${subject.episodeNumber}`, href: subject.path }] : []),
        ]
      : []),
    { label: 'Reader review' },
  ]

  if (review.status === 'deleted') {
    return (
      <PageContainer width="measure" className="space-y-6 py-8 sm:py-12">
        <Breadcrumbs items={crumbs} prefetch={false} />
        <h1 className="text-3xl">Your review was deleted</h1>
        <p role="status">It no longer shows anywhere on the site.</p>
        {subject ? (
          <p>
            <Link href={subject.path} prefetch={false} className="text-link">
              Back to {subject.title}
            </Link>
          </p>
        ) : null}
      </PageContainer>
    )
  }

  return (
    <PageContainer width="measure" className="space-y-8 py-8 sm:py-12">
      <Breadcrumbs items={crumbs} prefetch={false} />
      <article id={`reader-review-${review.id}`} className="space-y-4">
        <header className="space-y-2">
          <p className="kicker">
            {isAuthor ? 'Your reader review' : 'Reader review'}
            {subject ? ` of ${subject.title}` : null} · {STATUS_LABELS[review.status]}
          </p>
          <h1 className="text-3xl sm:text-4xl">{review.title}</h1>
          <p className="font-sans text-ink-muted">
            <span className="font-semibold text-ink">{review.rating}/10</span> · by {review.name} ·{' '}
            <FormattedDate value={review.createdAt} />
            {review.episodesWatched !== null ? ` · watched ${review.episodesWatched} episodes` : null}
            {review.containsSpoilers ? ' · contains spoilers' : null}
          </p>
        </header>
        {/* Plain text as typed: React escapes it, and no link in it is made clickable. */}
        <p className="prose whitespace-pre-line">{review.body}</p>
        {review.status === 'published' ? (
          <VoteButtons reviewId={review.id} helpful={review.helpful} notHelpful={review.notHelpful} returnTo={path} />
        ) : null}
      </article>

      {subject ? (
        <p className="font-sans">
          <Link href={subject.path} prefetch={false} className="text-link">
            Back to {subject.title}
          </Link>
        </p>
      ) : null}

      {isAuthor && editableUntil !== null && subject ? (
        <>
          <p className="rounded-md border border-rule bg-paper-raised p-4 font-sans">
            You can edit or delete this review until{' '}
            <time dateTime={new Date(editableUntil).toISOString()}>
              {new Date(editableUntil).toISOString().slice(11, 16)} UTC
            </time>
            , 15 minutes after posting.
          </p>
          <OwnReviewControls
            reviewId={review.id}
            subjectTitle={subject.title}
            kind={subject.kind}
            episodeCount={subject.episodeCount}
            values={{
              rating: String(review.rating),
              title: review.title,
              body: review.body,
              name: review.name,
              containsSpoilers: review.containsSpoilers,
              episodesWatched: review.episodesWatched === null ? '' : String(review.episodesWatched),
            }}
          />
        </>
      ) : null}
    </PageContainer>
  )
}
