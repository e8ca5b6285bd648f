import { contentFetch } from '@/lib/content/fetch'
import { SERIES_SLUGS_QUERY } from '@/lib/content/queries'

/** Every published series, for the `generateStaticParams` of the series overview and its subpages. */
export async function seriesStaticParams(): Promise<{ slug: string }[]> {
  const series = await contentFetch({ query: SERIES_SLUGS_QUERY })
  return series.flatMap(({ slug }) => (slug ? [{ slug }] : []))
}
