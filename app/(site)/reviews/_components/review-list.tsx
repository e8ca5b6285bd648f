import { ReviewCard } from '@/components/cards/ReviewCard'
import { ListingPage } from '@/components/layout/ListingPage'
import { pagedList } from '@/lib/content/reader-lists'
import { REVIEW_LIST_QUERY } from '@/lib/content/queries'
import { type ListPage, REVIEWS_PER_PAGE } from '@/lib/paging'
import { readReviewCardAudiences } from '@/lib/reactions/page-reads'
import type { ListingSeoInput } from '@/lib/seo'
import type { REVIEW_LIST_QUERY_RESULT } from '@/sanity.types'

export const reviewListSeo: ListingSeoInput = {
  title: 'Reviews',
  description: 'Series reviews, first impressions, episode reviews and endings explained, newest first.',
  path: '/reviews',
}

type Review = REVIEW_LIST_QUERY_RESULT['items'][number]

export const { load: loadReviewList, laterPages: reviewListPageParams } = pagedList({
  query: REVIEW_LIST_QUERY,
  perPage: REVIEWS_PER_PAGE,
})

export async function ReviewList({ list }: { list: ListPage<Review> }) {
  const audienceOf = await readReviewCardAudiences(list.items)
  return (
    <ListingPage
      title="Reviews"
      intro="Whole-series verdicts, first impressions, episode reviews and endings explained, newest first."
      path="/reviews"
      list={list}
      empty="No reviews yet."
    >
      <ul className="grid gap-4 md:grid-cols-2 xl:grid-cols-3">
        {list.items.map((review) => (
          <li key={review._id} className="grid">
            <ReviewCard review={review} headingLevel={2} audience={audienceOf(review)} />
          </li>
        ))}
      </ul>
    </ListingPage>
  )
}
