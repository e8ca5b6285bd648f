import type { Metadata } from 'next'

import { findSeriesSubject } from '@/lib/reactions/subjects'

import { WriteReviewPage, writePageMetadata } from '@/app/(site)/reader-reviews/_components/WriteReviewPage'

type Params = Promise<{ slug: string }>

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  return writePageMetadata(await findSeriesSubject((await params).slug))
}

export default async function WriteSeriesReviewPage({ params }: { params: Params }) {
  return <WriteReviewPage subject={await findSeriesSubject((await params).slug)} />
}
