import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { cache } from 'react'

import { FormattedDate } from '@/components/format/FormattedDate'
import { Breadcrumbs } from '@/components/layout/Breadcrumbs'
import { PageContainer } from '@/components/layout/PageContainer'
import { IntentLink } from '@/components/links/IntentLink'
import { ContentImage } from '@/components/media/ContentImage'
import { VideoLinkImage } from '@/components/media/VideoLinkImage'
import { PortableTextBody } from '@/components/portable-text/PortableTextBody'
import { JsonLd } from '@/components/seo/JsonLd'
import { CommentsSection } from '@/components/comments/CommentsSection'
import { ShieldedText } from '@/components/spoilers/ShieldedText'
import { SpoilerShield } from '@/components/spoilers/SpoilerShield'
import { contentFetch, getPerspective } from '@/lib/content/fetch'
import { ARTICLE_PAGE_QUERY, ARTICLE_SLUGS_QUERY } from '@/lib/content/queries'
import { readSubjectComments } from '@/lib/reactions/page-reads'
import { hrefForDocument, seriesPath } from '@/lib/routes'
import { articlePageJsonLd, articlePageMetadata } from '@/lib/seo'

export const dynamicParams = true

type Params = Promise<{ slug: string }>

export async function generateStaticParams() {
  const articles = await contentFetch({ query: ARTICLE_SLUGS_QUERY })
  return articles.flatMap(({ slug }) => (slug ? [{ slug }] : []))
}

const loadArticle = cache(async (slug: string) => {
  const perspective = await getPerspective()
  return contentFetch({ query: ARTICLE_PAGE_QUERY, params: { slug }, perspective })
})

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const article = await loadArticle((await params).slug)
  if (!article) notFound()
  return articlePageMetadata(article)
}

export default async function ArticlePage({ params }: { params: Params }) {
  const article = await loadArticle((await params).slug)
  if (!article) notFound()
  const comments = await readSubjectComments(article._id, article.series?.episodeCount)

  const seriesSlug = article.series?.slug ?? null
  const shield = { seriesSlug, revealsUpTo: article.revealsUpToEpisode }
  const hasSpoilerBlocks = article.body?.some((block) => block._type === 'spoiler')
  const headline = (
    <ShieldedText {...shield} spoilerFree={article.spoilerFreeTitle}>
      {article.title}
    </ShieldedText>
  )

  return (
    <article className="pb-8">
      <JsonLd data={articlePageJsonLd(article, { commentCount: comments?.total })} />
      <PageContainer width="measure" className="space-y-5 py-8 sm:py-12">
        <Breadcrumbs
          items={[
            { label: 'News', href: '/news' },
            {
              label: (
                <ShieldedText inline {...shield} spoilerFree={article.spoilerFreeTitle}>
                  {article.title ?? 'Article'}
                </ShieldedText>
              ),
            },
          ]}
        />
        <header className="space-y-4">
          <p className="kicker">
            News
            {article.series?.title ? ` · ${article.series.title}` : null}
          </p>
          <h1 className="text-4xl sm:text-5xl">{headline}</h1>
          {article.excerpt ? (
            <p className="font-serif text-xl text-ink-muted">
              <ShieldedText {...shield} spoilerFree={article.spoilerFreeExcerpt}>
                {article.excerpt}
              </ShieldedText>
            </p>
          ) : null}
          <p className="text-sm text-ink-muted">
            <FormattedDate value={article.publishedAt} />
          </p>
        </header>
        {article.heroImage ? (
          <figure>
            <VideoLinkImage video={article.video}>
              <ContentImage
                image={article.heroImage}
                width={720}
                sizes="(min-width: 768px) 720px, 100vw"
                preload
                className="h-auto w-full rounded-md border border-rule"
              />
            </VideoLinkImage>
            {article.heroImage.caption ? (
              <figcaption className="mt-2 text-sm text-ink-muted">{article.heroImage.caption}</figcaption>
            ) : null}
          </figure>
        ) : null}
        {seriesSlug && article.series?.episodeCount && (shield.revealsUpTo || hasSpoilerBlocks) ? (
          <SpoilerShield
            seriesSlug={seriesSlug}
            seriesTitle={article.series.title}
            episodeCount={article.series.episodeCount}
          />
        ) : null}
        <PortableTextBody value={article.body} seriesSlug={seriesSlug} anchorPrefix="article" />
        {seriesSlug ? (
          <p className="border-t border-rule pt-6">
            <IntentLink href={seriesPath(seriesSlug)} className="font-semibold text-accent">
              Everything on {article.series?.title}
            </IntentLink>
          </p>
        ) : null}
      </PageContainer>

      {comments ? (
        <PageContainer width="measure" className="mt-12">
          <CommentsSection {...comments} />
        </PageContainer>
      ) : null}

      {article.moreNews.length > 0 ? (
        <PageContainer width="measure" className="mt-6">
          <section aria-labelledby="more-news" className="space-y-3">
            <h2 id="more-news" className="text-xl">
              More news
            </h2>
            <ul className="space-y-3">
              {article.moreNews.map((item) => (
                <li key={item._id}>
                  <IntentLink
                    href={hrefForDocument({ _type: 'article', slug: item.slug }) ?? '/news'}
                    className="font-serif text-lg font-semibold text-link"
                  >
                    <ShieldedText
                      seriesSlug={item.series?.slug}
                      revealsUpTo={item.revealsUpToEpisode}
                      spoilerFree={item.spoilerFreeTitle}
                    >
                      {item.title}
                    </ShieldedText>
                  </IntentLink>
                  <p className="text-sm text-ink-muted">
                    <FormattedDate value={item.publishedAt} />
                  </p>
                </li>
              ))}
            </ul>
          </section>
        </PageContainer>
      ) : null}
    </article>
  )
}
