import type { Metadata } from 'next'

import { findEpisodeSubject } from '@/lib/reactions/subjects'

import { WriteReviewPage, writePageMetadata } from '@/app/(site)/reader-reviews/_components/WriteReviewPage'

type Params = Promise<{ slug: string; number: string }>

/** "5" is an episode number; "05" or "five" are not pages. */
async function loadSubject(params: Params) {
  const { slug, number } = await params
  return /^[1-9]\d{0,3}$/.test(number) ? findEpisodeSubject(slug, Number(number)) : null
}

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  return writePageMetadata(await loadSubject(params))
}

export default async function WriteEpisodeReviewPage({ params }: { params: Params }) {
  return <WriteReviewPage subject={await loadSubject(params)} />
}
