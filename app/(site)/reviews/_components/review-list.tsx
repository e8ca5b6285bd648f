import { cache } from 'react'

import { ReviewCard } from '@/components/cards/ReviewCard'
import { ListingPage } from '@/components/layout/ListingPage'
import { contentFetch, getPerspective } from '@/lib/content/fetch'
import { REVIEW_LIST_QUERY } from '@/lib/content/queries'
import { type ListPage, laterPageParams, loadListPage, pageSlice, REVIEWS_PER_PAGE } from '@/lib/paging'
import type { ListingSeoInput } from '@/lib/seo'
import type { REVIEW_LIST_QUERY_RESULT } from '@/sanity.types'

/** Shared by /reviews and /reviews/page/[page], so every page of the list expires together. */
const tags = ['review', 'series', 'critic']

export const reviewListSeo: ListingSeoInput = {
  title: 'Reviews',
  description: 'Series reviews, first impressions, episode reviews and endings explained, newest first.',
  path: '/reviews',
}

type Review = REVIEW_LIST_QUERY_RESULT['items'][number]

/** One page of reviews in the request's perspective; null past the last page. */
export const loadReviewList = cache(async (page: number): Promise<ListPage<Review> | null> => {
  const perspective = await getPerspective()
  return loadListPage((slice) => contentFetch({ query: REVIEW_LIST_QUERY, params: slice, perspective, tags }), page, REVIEWS_PER_PAGE)
})

/** Pages 2 and on of the published list, prerendered at build time. */
export async function reviewListPageParams() {
  const { total } = await contentFetch({ query: REVIEW_LIST_QUERY, params: pageSlice(1, REVIEWS_PER_PAGE), tags })
  return laterPageParams(total, REVIEWS_PER_PAGE)
}

export function ReviewList({ list }: { list: ListPage<Review> }) {
  return (
    <ListingPage title="Reviews" intro="Whole-series verdicts, first impressions, episode reviews and endings explained, newest first." path="/reviews" list={list} empty="No reviews yet.">
      <ul className="grid gap-4 md:grid-cols-2 xl:grid-cols-3">
        {list.items.map((review) => (
          <li key={review._id} className="grid">
            <ReviewCard review={review} headingLevel={2} />
          </li>
        ))}
      </ul>
    </ListingPage>
  )
}
