import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { cache } from 'react'

import { CreditList } from '@/components/cards/CreditList'
import { ReviewCardList } from '@/components/cards/ReviewCardList'
import { FormattedDate } from '@/components/format/FormattedDate'
import { nativeScriptLang } from '@/components/format/native-script-lang'
import { Breadcrumbs } from '@/components/layout/Breadcrumbs'
import { PageContainer } from '@/components/layout/PageContainer'
import { IntentLink } from '@/components/links/IntentLink'
import { ContentImage } from '@/components/media/ContentImage'
import { PortableTextBody } from '@/components/portable-text/PortableTextBody'
import { AudienceScoreLine } from '@/components/reactions/AudienceScore'
import { ReaderReviewsSection } from '@/components/reactions/ReaderReviewsSection'
import { WriteReviewEntry } from '@/components/reactions/WriteReviewEntry'
import { AspectMeters } from '@/components/score/AspectMeters'
import { EpisodeScoreChart } from '@/components/score/EpisodeScoreChart'
import { OverallScore } from '@/components/score/OverallScore'
import { ScoreHistory } from '@/components/score/ScoreHistory'
import { ShieldedText } from '@/components/spoilers/ShieldedText'
import { SpoilerShield } from '@/components/spoilers/SpoilerShield'
import { JsonLd } from '@/components/seo/JsonLd'
import { characterLabel, TOP_CAST_SIZE } from '@/lib/cast'
import { contentFetch, getPerspective } from '@/lib/content/fetch'
import { SERIES_PAGE_QUERY } from '@/lib/content/queries'
import { readReviewCardAudiences, readSubjectReactions } from '@/lib/reactions/page-reads'
import {
  characterPath,
  hrefForDocument,
  readerReviewsPath,
  readerReviewWritePath,
  seriesGuidePath,
  seriesPath,
  seriesSectionPath,
} from '@/lib/routes'
import { seriesPageJsonLd, seriesPageMetadata } from '@/lib/seo'
import { reviewRevealsUpTo } from '@/lib/spoilers/reveals'

import { billingLabel } from './_components/billing'
import { NextEpisodeToWatch } from './_components/NextEpisodeToWatch'
import { SeriesFacts } from './_components/SeriesFacts'
import { seriesStaticParams } from './_components/series-params'
import { SeriesSectionNav } from './_components/SeriesSectionNav'
import { SeriesSources } from './_components/SeriesSources'

export const dynamicParams = true

type Params = Promise<{ slug: string }>

/** How many of the cast the overview names; the cast page has everyone. */

export function generateStaticParams() {
  return seriesStaticParams()
}

const loadSeries = cache(async (slug: string) => {
  const perspective = await getPerspective()
  return contentFetch({ query: SERIES_PAGE_QUERY, params: { slug }, perspective })
})

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const series = await loadSeries((await params).slug)
  if (!series) notFound()
  return seriesPageMetadata(series)
}

export default async function SeriesPage({ params }: { params: Params }) {
  const series = await loadSeries((await params).slug)
  if (!series) notFound()

  const slug = series.slug
  const review = series.seriesReview
  const reviewHref = hrefForDocument({ _type: 'review', slug: review?.slug })
  const episodeCount = series.episodeCount ?? series.episodes.length
  const reviewMarker = (marker: number | null | undefined) =>
    review ? reviewRevealsUpTo(marker, review, episodeCount) : null
  const [reactions, audienceOf] = await Promise.all([
    readSubjectReactions(series._id),
    readReviewCardAudiences(series.latestReviews),
  ])
  const firstEpisode = series.episodes.find((episode) => typeof episode.number === 'number')
  const topCast = series.cast.slice(0, TOP_CAST_SIZE)

  return (
    <article className="pb-8">
      <JsonLd data={seriesPageJsonLd(series, reactions?.audience)} />
      <header className="border-b border-rule bg-paper-raised">
        <PageContainer className="grid gap-8 py-8 sm:py-12 md:grid-cols-[minmax(0,1fr)_16rem] md:items-start">
          <div className="min-w-0 space-y-4">
            <Breadcrumbs items={[{ label: 'Series', href: '/series' }, { label: series.title ?? 'Series' }]} />
            <div>
              <h1 className="text-4xl sm:text-5xl">{series.title}</h1>
              {series.originalTitle ? (
                <p lang={nativeScriptLang(series.originalTitle)} className="mt-2 font-serif text-xl text-ink-muted">
                  {series.originalTitle}
                </p>
              ) : null}
            </div>
            {series.tagline ? <p className="max-w-measure font-serif text-xl">{series.tagline}</p> : null}
            <SeriesFacts series={series} />
            {slug ? <SeriesSectionNav slug={slug} current="overview" /> : null}
          </div>
          {series.poster ? (
            <ContentImage
              image={series.poster}
              width={256}
              aspectRatio={2 / 3}
              sizes="(min-width: 768px) 256px, 60vw"
              preload
              className="h-auto w-2/3 max-w-64 rounded-md border border-rule md:w-full"
            />
          ) : null}
        </PageContainer>
      </header>

      <PageContainer className="mt-10 grid gap-12 lg:grid-cols-[minmax(0,1fr)_20rem]">
        <div className="min-w-0 space-y-14">
          {slug && episodeCount > 0 ? (
            <SpoilerShield seriesSlug={slug} seriesTitle={series.title} episodeCount={episodeCount} />
          ) : null}

          {review && typeof review.score === 'number' ? (
            <section aria-labelledby="our-verdict" className="space-y-6">
              <h2 id="our-verdict" className="text-2xl">
                Our verdict
              </h2>
              <OverallScore
                score={review.score}
                verdict={
                  review.verdict ? (
                    <ShieldedText
                      seriesSlug={slug}
                      revealsUpTo={reviewMarker(review.verdictRevealsUpTo)}
                      spoilerFree={review.spoilerFreeVerdict}
                    >
                      {review.verdict}
                    </ShieldedText>
                  ) : null
                }
                criticName={review.critic?.name}
                heading="Series score"
                headingLevel={3}
              />
              {reactions ? <AudienceScoreLine summary={reactions.audience} href="#reader-reviews" /> : null}
              {reviewHref ? (
                <p>
                  <IntentLink href={reviewHref} className="font-semibold text-accent">
                    Read the full review
                    <span className="sr-only">
                      :{' '}
                      <ShieldedText
                        inline
                        seriesSlug={slug}
                        revealsUpTo={reviewMarker(review.titleRevealsUpTo)}
                        spoilerFree={review.spoilerFreeTitle}
                      >
                        {review.title}
                      </ShieldedText>
                    </span>
                  </IntentLink>
                </p>
              ) : null}
              <AspectMeters aspects={review.aspects} headingLevel={3} seriesSlug={slug} />
              <ScoreHistory
                reviews={series.scoreHistory}
                headingLevel={3}
                seriesSlug={slug}
                episodeCount={episodeCount}
              />
            </section>
          ) : null}

          {slug && firstEpisode && typeof firstEpisode.number === 'number' ? (
            <section aria-labelledby="watch" className="space-y-3">
              <h2 id="watch" className="text-2xl">
                Watching
              </h2>
              <NextEpisodeToWatch
                seriesSlug={slug}
                episodeCount={episodeCount}
                firstEpisode={{ number: firstEpisode.number, title: firstEpisode.title }}
                reviewsHref={seriesSectionPath(slug, 'reviews')}
              />
              <p>
                <IntentLink href={seriesGuidePath(slug)} className="text-link">
                  Episode guide: all {series.episodes.length} episodes, with story arcs and directors
                </IntentLink>
              </p>
            </section>
          ) : null}

          {slug && reactions ? (
            <ReaderReviewsSection
              summary={reactions.audience}
              reviews={reactions.top.reviews}
              total={reactions.top.total}
              allReviewsHref={readerReviewsPath(slug)}
              seriesSlug={slug}
              episodeCount={episodeCount}
              writeSlot={
                <WriteReviewEntry
                  subject={series._id}
                  subjectTitle={series.title ?? 'this series'}
                  kind="series"
                  episodeCount={episodeCount}
                  writePageHref={readerReviewWritePath(slug)}
                />
              }
              returnPath={seriesPath(slug)}
            />
          ) : null}

          {series.synopsis?.length ? (
            <section aria-labelledby="synopsis" className="space-y-4">
              <h2 id="synopsis" className="text-2xl">
                Synopsis
              </h2>
              <PortableTextBody value={series.synopsis} seriesSlug={slug} anchorPrefix="synopsis" />
            </section>
          ) : null}

          <EpisodeScoreChart
            seriesTitle={series.title ?? ''}
            seriesSlug={slug}
            scoresListHref={slug ? seriesGuidePath(slug) : null}
            scores={series.episodeScores?.map(({ episode, episodeTitle, review }) => ({
              episode,
              episodeTitle,
              score: review?.score,
            }))}
          />

          {series.cast.length > 0 && slug ? (
            <section aria-labelledby="cast" className="space-y-4">
              <h2 id="cast" className="text-2xl">
                Top cast
              </h2>
              <CreditList
                credits={topCast.map((character) => ({
                  key: character._id,
                  label: characterLabel(character.name),
                  labelHref: characterPath(slug, character._id),
                  people: [character.actor],
                  note: billingLabel(character.billing),
                }))}
              />
              <p>
                <IntentLink href={seriesSectionPath(slug, 'cast')} className="font-semibold text-accent">
                  Full cast and crew
                  {series.cast.length > topCast.length ? `: all ${series.cast.length} characters` : null}
                </IntentLink>
              </p>
            </section>
          ) : null}

          {series.latestReviews.length > 0 && slug ? (
            <section aria-labelledby="reviews" className="space-y-4">
              <h2 id="reviews" className="text-2xl">
                Latest reviews
              </h2>
              <ReviewCardList
                showSeries={false}
                items={series.latestReviews.map((item) => ({ review: item, audience: audienceOf(item) }))}
              />
              <p>
                <IntentLink href={seriesSectionPath(slug, 'reviews')} className="font-semibold text-accent">
                  All {series.reviewCount} {series.reviewCount === 1 ? 'review' : 'reviews'} of the series and its
                  episodes
                </IntentLink>
              </p>
            </section>
          ) : null}

          {series.news.length > 0 ? (
            <section aria-labelledby="news" className="space-y-4">
              <h2 id="news" className="text-2xl">
                News
              </h2>
              <ul className="space-y-3">
                {series.news.map((article) => (
                  <li key={article._id}>
                    <IntentLink
                      href={hrefForDocument({ _type: 'article', slug: article.slug }) ?? '/news'}
                      className="font-serif text-lg font-semibold text-link"
                    >
                      <ShieldedText
                        seriesSlug={slug}
                        revealsUpTo={article.revealsUpToEpisode}
                        spoilerFree={article.spoilerFreeTitle}
                      >
                        {article.title}
                      </ShieldedText>
                    </IntentLink>
                    <p className="text-sm text-ink-muted">
                      <FormattedDate value={article.publishedAt} />
                    </p>
                  </li>
                ))}
              </ul>
            </section>
          ) : null}
        </div>

        <aside className="space-y-8" aria-label="About the series">
          <SeriesSources series={series} />
        </aside>
      </PageContainer>
    </article>
  )
}
