import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { connection } from 'next/server'

import { Breadcrumbs } from '@/components/layout/Breadcrumbs'
import { PageContainer } from '@/components/layout/PageContainer'
import { ReviewForm } from '@/components/reactions/ReviewForm'
import { env } from '@/lib/env/server'
import { getReactionService } from '@/lib/reactions/service'
import type { ReactionSubject } from '@/lib/reactions/subjects'

/** Forms are not search results. */
export const writePageMetadata = (subject: ReactionSubject | null): Metadata => ({
  title: subject ? `Review ${subject.title}` : 'Write a reader review',
  robots: { index: false },
})

/**
 * The page a review form posts from without JavaScript (and the one "Write a review" links to).
 * Rendered per request: each visit gets a freshly signed form token.
 */
export async function WriteReviewPage({ subject }: { subject: ReactionSubject | null }) {
  if (!subject || !env.readerReactions) notFound()
  await connection()
  const formToken = (await getReactionService()).formToken()
  const crumbs = [
    { label: 'Series', href: '/series' },
    { label: subject.seriesTitle, href: `/series/${encodeURIComponent(subject.seriesSlug)}` },
    ...(subject.kind === 'episode' ? [{ label: `Episode ${subject.episodeNumber}`, href: subject.path }] : []),
    { label: 'Write a review' },
  ]
  return (
    <PageContainer width="measure" className="space-y-6 py-8 sm:py-12">
      <Breadcrumbs items={crumbs} />
      <div>
        <p className="kicker">Reader review</p>
        <h1 className="mt-1 text-3xl sm:text-4xl">Review {subject.title}</h1>
        <p className="mt-3 text-ink-muted">
          Rate it from 1 to 10 and say why. Your review is shown as plain text with the name you give; you can edit or
          delete it for 15 minutes after posting.
        </p>
      </div>
      <ReviewForm
        mode="create"
        subject={subject.id}
        subjectTitle={subject.title}
        kind={subject.kind}
        episodeCount={subject.episodeCount}
        formToken={formToken}
        pagePath={`${subject.path}/reader-reviews/write`}
      />
    </PageContainer>
  )
}
