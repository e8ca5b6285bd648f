import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { mainContentId } from '@/components/layout/SkipLink'

import { SiteFontPreloads } from '../site-font-preloads'

// The bare page padded with plain paragraphs to about as many kilobytes of HTML as a reader page,
// so `npm run bench` can tell what a page's weight alone costs from what its components cost.
export const metadata: Metadata = {
  title: 'Bare page, weighted',
  description: 'Benchmark baseline: the bare page padded to a reader page’s weight.',
  robots: { index: false, follow: false },
}

export const dynamic = 'force-static'

/** Rendered on first request and cached from then on, as a reader page is. */
export async function generateStaticParams(): Promise<{ kilobytes: string }[]> {
  return []
}

// Each paragraph's text is sent twice (in the HTML and in the inline RSC payload), and its
// curly apostrophe makes the document a two-byte string in V8, as a reader page's punctuation does.
const paragraph =
  'Padding for the benchmark: a paragraph of plain prose set in the reading font, the same shape as a review’s body ' +
  'text, repeated until the page weighs what a reader page weighs.'
const bytesPerParagraph = 2 * paragraph.length + 104
const bareBytes = 7_900
// Every size asked for is rendered once and kept in the page cache, so the sizes are bounded
// (about 33 MB for all of them); the heaviest reader page weighs about 150 kB.
const maxKilobytes = 256

export default async function WeightedBarePage({ params }: { params: Promise<{ kilobytes: string }> }) {
  const { kilobytes } = await params
  if (!/^[1-9]\d{0,2}$/.test(kilobytes) || Number(kilobytes) > maxKilobytes) notFound()
  const paragraphs = Math.max(0, Math.round((Number(kilobytes) * 1024 - bareBytes) / bytesPerParagraph))
  return (
    <main id={mainContentId} className="mx-auto max-w-prose px-4 py-16">
      <SiteFontPreloads />
      <h1 className="text-3xl">Bare page, {kilobytes} kB</h1>
      {Array.from({ length: paragraphs }, (_, index) => (
        <p key={index} className="mt-4">
          {paragraph}
        </p>
      ))}
    </main>
  )
}
