import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound } from 'next/navigation'
import { cache } from 'react'

import { ReviewCardList } from '@/components/cards/ReviewCardList'
import { FormattedDate } from '@/components/format/FormattedDate'
import { Breadcrumbs } from '@/components/layout/Breadcrumbs'
import { PageContainer } from '@/components/layout/PageContainer'
import { IntentLink } from '@/components/links/IntentLink'
import { ContentImage } from '@/components/media/ContentImage'
import { PortableTextBody } from '@/components/portable-text/PortableTextBody'
import { CommentsSection } from '@/components/comments/CommentsSection'
import { AudienceScoreLine } from '@/components/reactions/AudienceScore'
import { AspectMeters } from '@/components/score/AspectMeters'
import { OverallScore } from '@/components/score/OverallScore'
import { ShieldedText } from '@/components/spoilers/ShieldedText'
import { ShieldNotice } from '@/components/spoilers/ShieldNotice'
import { SpoilerShield } from '@/components/spoilers/SpoilerShield'
import { JsonLd } from '@/components/seo/JsonLd'
import { contentFetch, getPerspective } from '@/lib/content/fetch'
import { REVIEW_PAGE_QUERY, REVIEW_SLUGS_QUERY } from '@/lib/content/queries'
import { reviewAudienceSubject } from '@/lib/reactions/audience'
import { readReviewCardAudiences, readSubjectAudience, readSubjectComments } from '@/lib/reactions/page-reads'
import { coveredEpisodesLabel, reviewKindLabel } from '@/lib/review-kinds'
import {
  embedInstructionsPath,
  episodePath,
  hrefForDocument,
  readerReviewsPath,
  seriesPath,
  seriesSectionPath,
} from '@/lib/routes'
import { reviewPageJsonLd, reviewPageMetadata } from '@/lib/seo'
import { spoilerLevelLabel } from '@/lib/spoiler-levels'
import { reviewBodyRevealsUpTo, reviewRevealsUpTo } from '@/lib/spoilers/reveals'

import { EpisodeReviewLinks } from './_components/EpisodeReviewLinks'

export const dynamicParams = true

type Params = Promise<{ slug: string }>

export async function generateStaticParams() {
  const reviews = await contentFetch({ query: REVIEW_SLUGS_QUERY })
  return reviews.flatMap(({ slug }) => (slug ? [{ slug }] : []))
}

const loadReview = cache(async (slug: string) => {
  const perspective = await getPerspective()
  return contentFetch({ query: REVIEW_PAGE_QUERY, params: { slug }, perspective })
})

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const review = await loadReview((await params).slug)
  if (!review) notFound()
  return reviewPageMetadata(review)
}

export default async function ReviewPage({ params }: { params: Params }) {
  const review = await loadReview((await params).slug)
  if (!review) notFound()
  const audienceSubject = reviewAudienceSubject(review)
  const [audienceOf, audience, comments] = await Promise.all([
    readReviewCardAudiences(review.related),
    audienceSubject ? readSubjectAudience(audienceSubject) : null,
    readSubjectComments(review._id, review.series?.episodeCount),
  ])

  const series = review.series
  const seriesSlug = series?.slug ?? null
  const critic = review.critic
  const criticHref = hrefForDocument({ _type: 'critic', slug: critic?.slug })
  const range = coveredEpisodesLabel(review)
  const spoilerLevel = spoilerLevelLabel(review.spoilerLevel)
  const wasUpdated = review.updatedAt && review.updatedAt.slice(0, 10) !== review.publishedAt?.slice(0, 10)
  const episodeCount = series?.episodeCount
  const titleShield = {
    seriesSlug,
    revealsUpTo: reviewRevealsUpTo(review.titleRevealsUpTo, review, episodeCount),
    spoilerFree: review.spoilerFreeTitle,
  }
  const verdictShield = {
    seriesSlug,
    revealsUpTo: reviewRevealsUpTo(review.verdictRevealsUpTo, review, episodeCount),
    spoilerFree: review.spoilerFreeVerdict,
  }
  const bodyRevealsUpTo = reviewBodyRevealsUpTo(review, episodeCount)
  const crumbs = [
    { label: 'Reviews', href: '/reviews' },
    ...(series?.title && seriesSlug ? [{ label: series.title, href: seriesPath(seriesSlug) }] : []),
    {
      label: (
        <ShieldedText inline {...titleShield}>
          {review.title ?? 'Review'}
        </ShieldedText>
      ),
    },
  ]

  return (
    <article className="pb-8">
      <JsonLd data={reviewPageJsonLd(review, { commentCount: comments?.total })} />
      <header className="border-b border-rule bg-paper-raised">
        <PageContainer width="measure" className="space-y-5 py-8 sm:py-12">
          <Breadcrumbs items={crumbs} />
          <p className="kicker">
            {reviewKindLabel(review.kind)}
            {range ? ` · ${range}` : null}
            {review.episode?.title ? ` · ${review.episode.title}` : null}
          </p>
          <h1 className="text-4xl sm:text-5xl">
            <ShieldedText {...titleShield}>{review.title}</ShieldedText>
          </h1>
          {series?.title ? (
            <p className="font-serif text-lg text-ink-muted">
              A review of{' '}
              {seriesSlug ? (
                <IntentLink href={seriesPath(seriesSlug)} className="text-ink">
                  {series.title}
                </IntentLink>
              ) : (
                series.title
              )}
              {series.year ? ` (${series.year})` : null}
              {review.kind === 'episode' && seriesSlug && typeof review.firstEpisode === 'number' ? (
                <>
                  {', '}
                  <IntentLink href={episodePath(seriesSlug, review.firstEpisode)} className="text-ink">
                    episode {review.firstEpisode}
                  </IntentLink>
                </>
              ) : null}
            </p>
          ) : null}
          <div className="flex items-center gap-3">
            {critic?.avatar ? (
              <ContentImage
                image={critic.avatar}
                width={48}
                aspectRatio={1}
                sizes="48px"
                decorative
                className="size-12 rounded-full border border-rule"
              />
            ) : null}
            <p className="text-[0.95rem]">
              <span>By </span>
              {criticHref ? (
                <IntentLink href={criticHref} rel="author" className="font-semibold">
                  {critic?.name}
                </IntentLink>
              ) : (
                <span className="font-semibold">{critic?.name}</span>
              )}
              {critic?.role ? <span className="text-ink-muted">, {critic.role}</span> : null}
              <span className="block text-sm text-ink-muted">
                Published <FormattedDate value={review.publishedAt} />
                {wasUpdated ? (
                  <>
                    {' · Updated '}
                    <FormattedDate value={review.updatedAt} />
                  </>
                ) : null}
                {spoilerLevel ? ` · ${spoilerLevel}` : null}
              </span>
            </p>
          </div>
        </PageContainer>
      </header>

      <PageContainer width="measure" className="mt-10 space-y-12">
        {seriesSlug && episodeCount ? (
          <div className="space-y-4">
            {review.kind === 'episode' || review.kind === 'ending-explained' ? (
              <ShieldNotice seriesSlug={seriesSlug} what="review" />
            ) : null}
            <SpoilerShield seriesSlug={seriesSlug} seriesTitle={series?.title} episodeCount={episodeCount} />
          </div>
        ) : null}

        {typeof review.score === 'number' ? (
          <OverallScore
            score={review.score}
            verdict={review.verdict ? <ShieldedText {...verdictShield}>{review.verdict}</ShieldedText> : null}
            criticName={critic?.name}
          />
        ) : review.verdict ? (
          <section aria-labelledby="verdict" className="rounded-md border border-rule bg-paper-raised p-5 sm:p-6">
            <h2 id="verdict" className="kicker font-sans">
              Verdict
            </h2>
            <p className="mt-3 font-serif text-lg">
              <ShieldedText {...verdictShield}>{review.verdict}</ShieldedText>
            </p>
          </section>
        ) : null}

        {audience && seriesSlug ? (
          <AudienceScoreLine
            summary={audience}
            href={readerReviewsPath(seriesSlug, review.kind === 'episode' ? review.episode?.number : null)}
          />
        ) : null}

        <AspectMeters aspects={review.aspects} heading="Aspect by aspect" seriesSlug={seriesSlug} />

        {typeof review.score === 'number' && review.slug ? (
          <p className="font-sans text-sm">
            <Link href={embedInstructionsPath(review.slug)} prefetch={false} className="text-link text-ink-muted">
              Embed this score on another site
            </Link>
          </p>
        ) : null}

        {review.pros?.length || review.cons?.length ? (
          <section aria-labelledby="pros-and-cons" className="space-y-4">
            <h2 id="pros-and-cons" className="text-xl">
              Pros and cons
            </h2>
            <div className="grid gap-6 sm:grid-cols-2">
              {review.pros?.length ? (
                <div>
                  <h3 className="font-sans text-base font-semibold">What works</h3>
                  <ul className="mt-2 space-y-1.5">
                    {review.pros.map((pro) => (
                      <li key={pro._key} className="flex gap-2">
                        <span aria-hidden="true" className="font-semibold">
                          +
                        </span>
                        <ShieldedText
                          seriesSlug={seriesSlug}
                          revealsUpTo={pro.revealsUpToEpisode}
                          spoilerFree={pro.spoilerFreeText}
                        >
                          {pro.text}
                        </ShieldedText>
                      </li>
                    ))}
                  </ul>
                </div>
              ) : null}
              {review.cons?.length ? (
                <div>
                  <h3 className="font-sans text-base font-semibold">What does not</h3>
                  <ul className="mt-2 space-y-1.5">
                    {review.cons.map((con) => (
                      <li key={con._key} className="flex gap-2">
                        <span aria-hidden="true" className="font-semibold">
                          −
                        </span>
                        <ShieldedText
                          seriesSlug={seriesSlug}
                          revealsUpTo={con.revealsUpToEpisode}
                          spoilerFree={con.spoilerFreeText}
                        >
                          {con.text}
                        </ShieldedText>
                      </li>
                    ))}
                  </ul>
                </div>
              ) : null}
            </div>
          </section>
        ) : null}

        {review.body?.length ? (
          <section aria-label="Review">
            <ShieldedText
              as="div"
              seriesSlug={seriesSlug}
              revealsUpTo={bodyRevealsUpTo}
              showAnyway={{
                notice: `This review discusses episode ${bodyRevealsUpTo}, which you have not reached yet.`,
                label: 'Read the review anyway',
              }}
            >
              <PortableTextBody value={review.body} seriesSlug={seriesSlug} anchorPrefix="review" />
            </ShieldedText>
          </section>
        ) : null}

        {review.editorsNote ? (
          <aside aria-labelledby="editors-note" className="border-l-4 border-accent pl-4">
            <h2 id="editors-note" className="kicker font-sans">
              Editor’s note
            </h2>
            <p className="mt-2 font-serif text-[1.05rem]">{review.editorsNote}</p>
          </aside>
        ) : null}

        {review.corrections?.length ? (
          <section aria-labelledby="corrections" className="space-y-3 border-t border-rule pt-6">
            <h2 id="corrections" className="text-xl">
              Corrections
            </h2>
            <ul className="space-y-2 text-[0.95rem]">
              {review.corrections.map((correction) => (
                <li key={correction._key}>
                  <FormattedDate value={correction.date} className="font-semibold" />
                  {correction.date ? ': ' : null}
                  {correction.note}
                </li>
              ))}
            </ul>
          </section>
        ) : null}

        {comments ? <CommentsSection {...comments} /> : null}
      </PageContainer>

      {review.kind === 'episode' ? <EpisodeReviewLinks slug={review.slug} /> : null}

      {review.related.length > 0 ? (
        <PageContainer className="mt-16">
          <section aria-labelledby="related" className="space-y-4 border-t border-rule pt-8">
            <h2 id="related" className="text-2xl">
              More reviews{series?.title ? ` of ${series.title}` : null}
            </h2>
            <ReviewCardList
              showSeries={false}
              items={review.related.map((item) => ({ review: item, audience: audienceOf(item) }))}
            />
            {seriesSlug && review.seriesReviewCount > review.related.length + 1 ? (
              <p>
                <IntentLink href={seriesSectionPath(seriesSlug, 'reviews')} className="font-semibold text-accent">
                  All {review.seriesReviewCount} reviews of {series?.title ?? 'the series'} and its episodes
                </IntentLink>
              </p>
            ) : null}
          </section>
        </PageContainer>
      ) : null}
    </article>
  )
}
