import type { Metadata } from 'next'

import { listingPageMetadata } from '@/lib/seo'

import { loadReviewList, ReviewList, reviewListSeo } from './_components/review-list'

export const metadata: Metadata = listingPageMetadata(reviewListSeo)

export default async function ReviewListPage() {
  // Page 1 exists even for an empty list.
  const list = (await loadReviewList(1))!
  return <ReviewList list={list} />
}
