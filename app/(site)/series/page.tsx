import type { Metadata } from 'next'

import { SeriesCard } from '@/components/cards/SeriesCard'
import { PageContainer } from '@/components/layout/PageContainer'
import { contentFetch, getPerspective } from '@/lib/content/fetch'
import { SERIES_LIST_QUERY } from '@/lib/content/queries'
import { listingPageMetadata } from '@/lib/seo'

export const revalidate = 3600

export const metadata: Metadata = listingPageMetadata({
  title: 'Series',
  description: 'Every series we cover, with our score, episode guides and cast.',
  path: '/series',
})

export default async function SeriesListPage() {
  const series = await contentFetch({ query: SERIES_LIST_QUERY, perspective: await getPerspective(), tags: ['series', 'review'] })
  return (
    <PageContainer className="space-y-8 py-10 sm:py-14">
      <header className="space-y-2">
        <h1 className="text-4xl sm:text-5xl">Series</h1>
        <p className="max-w-measure font-serif text-lg text-ink-muted">Every series we cover, with our score, an episode-by-episode guide and the people who made it.</p>
      </header>
      {series.length > 0 ? (
        <ul className="grid gap-6 lg:grid-cols-2">
          {series.map((item, index) => (
            <li key={item._id} className="grid">
              <SeriesCard series={item} headingLevel={2} preloadPoster={index === 0} />
            </li>
          ))}
        </ul>
      ) : (
        <p className="text-ink-muted">No series yet.</p>
      )}
    </PageContainer>
  )
}
