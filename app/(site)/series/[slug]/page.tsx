import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound } from 'next/navigation'
import { cache } from 'react'

import { CreditList } from '@/components/cards/CreditList'
import { ReviewCard } from '@/components/cards/ReviewCard'
import { FormattedDate } from '@/components/format/FormattedDate'
import { nativeScriptLang } from '@/components/format/native-script-lang'
import { Breadcrumbs } from '@/components/layout/Breadcrumbs'
import { PageContainer } from '@/components/layout/PageContainer'
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
import { characterLabel } from '@/lib/cast'
import { contentFetch, getPerspective } from '@/lib/content/fetch'
import { SERIES_PAGE_QUERY, SERIES_SLUGS_QUERY } from '@/lib/content/queries'
import { readReviewCardAudiences, readSubjectReactions } from '@/lib/reactions/page-reads'
import { episodePath, hrefForDocument, readerReviewsPath, readerReviewWritePath, seriesPath } from '@/lib/routes'
import { seriesPageJsonLd, seriesPageMetadata } from '@/lib/seo'
import { reviewRevealsUpTo } from '@/lib/spoilers/reveals'

import { SeriesFacts } from './_components/SeriesFacts'
import { SeriesSources } from './_components/SeriesSources'

export const dynamicParams = true

type Params = Promise<{ slug: string }>

export async function generateStaticParams() {
  const series = await contentFetch({ query: SERIES_SLUGS_QUERY })
  return series.flatMap(({ slug }) => (slug ? [{ slug }] : []))
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

const billingLabels: Record<string, string> = {
  lead: 'Lead role',
  main: 'Main role',
  supporting: 'Supporting role',
  guest: 'Guest role',
}

function billingLabel(billing: string | null | undefined): string | null {
  return billing ? (billingLabels[billing] ?? null) : null
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
    readReviewCardAudiences(series.reviews),
  ])

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
                  <Link href={reviewHref} className="font-semibold text-accent">
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
                  </Link>
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
            scores={series.episodeScores?.map(({ episode, episodeTitle, review }) => ({
              episode,
              episodeTitle,
              score: review?.score,
            }))}
          />

          {series.episodes.length > 0 ? (
            <section aria-labelledby="episodes" className="space-y-4">
              <h2 id="episodes" className="text-2xl">
                Episodes
              </h2>
              <ol className="divide-y divide-rule border-y border-rule">
                {series.episodes.map((episode) => (
                  <li key={episode._id} className="flex flex-wrap items-baseline justify-between gap-x-4 gap-y-1 py-3">
                    <div className="min-w-0">
                      <span className="kicker mr-2">Episode {episode.number}</span>
                      {slug && typeof episode.number === 'number' ? (
                        <Link
                          href={episodePath(slug, episode.number)}
                          className="font-serif text-lg font-semibold text-link"
                        >
                          {episode.title}
                        </Link>
                      ) : (
                        <span className="font-serif text-lg font-semibold">{episode.title}</span>
                      )}
                    </div>
                    <p className="text-sm text-ink-muted">
                      {episode.directors?.length
                        ? `Directed by ${episode.directors.map((d) => d.name).join(' and ')}`
                        : null}
                      {episode.directors?.length && episode.airDate ? ' · ' : null}
                      <FormattedDate value={episode.airDate} />
                    </p>
                  </li>
                ))}
              </ol>
            </section>
          ) : null}

          {series.arcs?.length ? (
            <section aria-labelledby="arcs" className="space-y-4">
              <h2 id="arcs" className="text-2xl">
                Story arcs and their directors
              </h2>
              <ol className="grid gap-4 sm:grid-cols-2">
                {series.arcs.map((arc) => (
                  <li key={arc._key} className="rounded-md border border-rule p-4">
                    <p className="kicker">
                      Episodes {arc.firstEpisode}–{arc.lastEpisode}
                    </p>
                    <h3 className="mt-1 text-lg">{arc.title}</h3>
                    {arc.directors?.length ? (
                      <p className="mt-1 text-sm">
                        Directed by{' '}
                        {arc.directors.map((director, index) => (
                          <span key={director._id}>
                            {index > 0 ? ' and ' : null}
                            <Link
                              href={hrefForDocument({ _type: 'person', slug: director.slug }) ?? '/people'}
                              className="text-link"
                            >
                              {director.name}
                            </Link>
                          </span>
                        ))}
                      </p>
                    ) : null}
                    {arc.summary ? (
                      <p className="mt-2 font-serif text-ink-muted">
                        <ShieldedText
                          seriesSlug={slug}
                          revealsUpTo={arc.lastEpisode}
                          coversFrom={arc.firstEpisode}
                          spoilerFree={arc.spoilerFreeSummary}
                        >
                          {arc.summary}
                        </ShieldedText>
                      </p>
                    ) : null}
                  </li>
                ))}
              </ol>
            </section>
          ) : null}

          {series.cast.length > 0 ? (
            <section aria-labelledby="cast" className="space-y-4">
              <h2 id="cast" className="text-2xl">
                Cast and characters
              </h2>
              <CreditList
                credits={series.cast.map((character) => ({
                  key: character._id,
                  label: characterLabel(character.name),
                  people: [character.actor],
                  note: (
                    <>
                      {billingLabel(character.billing)}
                      {character.description ? (
                        <span className="mt-0.5 block">
                          <ShieldedText
                            seriesSlug={slug}
                            revealsUpTo={character.descriptionRevealsUpTo}
                            spoilerFree={character.spoilerFreeDescription}
                          >
                            {character.description}
                          </ShieldedText>
                        </span>
                      ) : null}
                    </>
                  ),
                }))}
              />
            </section>
          ) : null}

          {series.reviews.length > 0 ? (
            <section aria-labelledby="reviews" className="space-y-4">
              <h2 id="reviews" className="text-2xl">
                Reviews
              </h2>
              <ul className="grid gap-4 md:grid-cols-2">
                {series.reviews.map((item) => (
                  <li key={item._id} className="grid">
                    <ReviewCard review={item} showSeries={false} audience={audienceOf(item)} />
                  </li>
                ))}
              </ul>
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
                    <Link
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
                    </Link>
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
