import type { Metadata } from 'next'

import { ReviewCard } from '@/components/cards/ReviewCard'
import { PageContainer } from '@/components/layout/PageContainer'
import { contentFetch, getPerspective } from '@/lib/content/fetch'
import { REVIEW_LIST_QUERY } from '@/lib/content/queries'
import { listingPageMetadata } from '@/lib/seo'

export const revalidate = 3600

export const metadata: Metadata = listingPageMetadata({
  title: 'Reviews',
  description: 'Series reviews, first impressions, episode reviews and endings explained, newest first.',
  path: '/reviews',
})

export default async function ReviewListPage() {
  const reviews = await contentFetch({ query: REVIEW_LIST_QUERY, perspective: await getPerspective(), tags: ['review', 'series', 'critic'] })
  return (
    <PageContainer className="space-y-8 py-10 sm:py-14">
      <header className="space-y-2">
        <h1 className="text-4xl sm:text-5xl">Reviews</h1>
        <p className="max-w-measure font-serif text-lg text-ink-muted">Whole-series verdicts, first impressions, episode reviews and endings explained, newest first.</p>
      </header>
      {reviews.length > 0 ? (
        <ul className="grid gap-4 md:grid-cols-2 xl:grid-cols-3">
          {reviews.map((review) => (
            <li key={review._id} className="grid">
              <ReviewCard review={review} headingLevel={2} />
            </li>
          ))}
        </ul>
      ) : (
        <p className="text-ink-muted">No reviews yet.</p>
      )}
    </PageContainer>
  )
}
