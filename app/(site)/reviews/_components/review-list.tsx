import { ReviewCardList } from '@/components/cards/ReviewCardList'
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
      <ReviewCardList
        columns={3}
        headingLevel={2}
        items={list.items.map((review) => ({ review, audience: audienceOf(review) }))}
      />
    </ListingPage>
  )
}
