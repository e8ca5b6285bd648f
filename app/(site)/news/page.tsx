import type { Metadata } from 'next'

import { CardHeading } from '@/components/cards/CardHeading'
import { cardFrame } from '@/components/cards/card-frame'
import { FormattedDate } from '@/components/format/FormattedDate'
import { PageContainer } from '@/components/layout/PageContainer'
import { contentFetch, getPerspective } from '@/lib/content/fetch'
import { ARTICLE_LIST_QUERY } from '@/lib/content/queries'
import { hrefForDocument } from '@/lib/routes'
import { listingPageMetadata } from '@/lib/seo'

export const revalidate = 3600

export const metadata: Metadata = listingPageMetadata({
  title: 'News',
  description: 'Trailers, premieres and casting news about the series we cover.',
  path: '/news',
})

export default async function NewsListPage() {
  const articles = await contentFetch({ query: ARTICLE_LIST_QUERY, perspective: await getPerspective(), tags: ['article', 'series'] })
  return (
    <PageContainer width="measure" className="space-y-8 py-10 sm:py-14">
      <header className="space-y-2">
        <h1 className="text-4xl sm:text-5xl">News</h1>
        <p className="font-serif text-lg text-ink-muted">Trailers, premieres and casting, newest first.</p>
      </header>
      {articles.length > 0 ? (
        <ul className="space-y-4">
          {articles.map((article) => (
            <li key={article._id} className="grid">
              <article className={`${cardFrame} gap-1 p-5`}>
                <p className="kicker">
                  <FormattedDate value={article.publishedAt} />
                  {article.series?.title ? ` · ${article.series.title}` : null}
                </p>
                <CardHeading level={2} href={hrefForDocument({ _type: 'article', slug: article.slug })} className="text-xl">
                  {article.title}
                </CardHeading>
                {article.excerpt ? <p className="font-serif text-ink-muted">{article.excerpt}</p> : null}
              </article>
            </li>
          ))}
        </ul>
      ) : (
        <p className="text-ink-muted">No news yet.</p>
      )}
    </PageContainer>
  )
}
