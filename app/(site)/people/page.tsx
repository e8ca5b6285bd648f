import type { Metadata } from 'next'

import { listingPageMetadata } from '@/lib/seo'

import { loadPeopleList, PeopleList, peopleListSeo } from './_components/people-list'

export const metadata: Metadata = listingPageMetadata(peopleListSeo)

export default async function PeopleListPage() {
  // Page 1 exists even for an empty list.
  const list = (await loadPeopleList(1))!
  return <PeopleList list={list} />
}
