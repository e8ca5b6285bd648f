import type { Metadata } from 'next'

import { mainContentId } from '@/components/layout/SkipLink'

import { SiteFontPreloads } from './site-font-preloads'

// The baseline `npm run bench` compares every page with: the root layout and nothing else, built
// in the same build and served by the same server. Only the bench build has it (BENCH_PAGES=1 in
// next.config.js); should one be served anyway, it stays out of search indexes.
export const metadata: Metadata = {
  title: 'Bare page',
  description: 'Benchmark baseline: a static page with only the root layout.',
  robots: { index: false, follow: false },
}

export const dynamic = 'force-static'

export default function BarePage() {
  return (
    <main id={mainContentId} className="mx-auto max-w-prose px-4 py-16">
      <SiteFontPreloads />
      <h1 className="text-3xl">Bare page</h1>
      <p className="mt-4">A static page with only the root layout, measured beside the reader pages.</p>
    </main>
  )
}
