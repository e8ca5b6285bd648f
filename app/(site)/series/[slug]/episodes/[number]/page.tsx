import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { cache } from 'react'

import { ContentNotes } from '@/components/cards/ContentNotes'
import { ReviewCardList } from '@/components/cards/ReviewCardList'
import { FormattedDate } from '@/components/format/FormattedDate'
import { Breadcrumbs } from '@/components/layout/Breadcrumbs'
import { PageContainer } from '@/components/layout/PageContainer'
import { PreviousNextLinks } from '@/components/layout/PreviousNextLinks'
import { IntentLink } from '@/components/links/IntentLink'
import { PortableTextBody } from '@/components/portable-text/PortableTextBody'
import { AudienceScoreLine } from '@/components/reactions/AudienceScore'
import { ReaderReviewsSection } from '@/components/reactions/ReaderReviewsSection'
import { WriteReviewEntry } from '@/components/reactions/WriteReviewEntry'
import { AspectMeters } from '@/components/score/AspectMeters'
import { HowWeScoreLink } from '@/components/score/HowWeScoreLink'
import { ScoreBadge } from '@/components/score/ScoreBadge'
import { ShieldedText } from '@/components/spoilers/ShieldedText'
import { ShieldNotice } from '@/components/spoilers/ShieldNotice'
import { SpoilerShield } from '@/components/spoilers/SpoilerShield'
import { JsonLd } from '@/components/seo/JsonLd'
import { contentFetch, getPerspective } from '@/lib/content/fetch'
import { EPISODE_PAGE_QUERY, EPISODE_PARAMS_QUERY } from '@/lib/content/queries'
import { readReviewCardAudiences, readSubjectReactions } from '@/lib/reactions/page-reads'
import { episodePath, hrefForDocument, readerReviewsPath, readerReviewWritePath, seriesPath } from '@/lib/routes'
import { episodePageJsonLd, episodePageMetadata } from '@/lib/seo'
import { reviewRevealsUpTo } from '@/lib/spoilers/reveals'

export const dynamicParams = true

type Params = Promise<{ slug: string; number: string }>

// Both segments come from here: the series page is a page, not a layout, so it hands no params down.
export async function generateStaticParams() {
  const seriesEpisodes = await contentFetch({ query: EPISODE_PARAMS_QUERY })
  // The query filters out missing slugs and numbers; TypeGen cannot tell, so they are checked again.
  return seriesEpisodes.flatMap(({ slug, numbers }) =>
    slug ? numbers.flatMap((number) => (typeof number === 'number' ? [{ slug, number: String(number) }] : [])) : [],
  )
}

/** "5" is an episode number; "05", "5.0" or "five" are not pages. */
function episodeNumber(segment: string): number | null {
  return /^[1-9]\d{0,3}$/.test(segment) ? Number(segment) : null
}

const loadEpisode = cache(async (slug: string, segment: string) => {
  const number = episodeNumber(segment)
  if (number === null) return null
  const perspective = await getPerspective()
  return contentFetch({ query: EPISODE_PAGE_QUERY, params: { slug, number }, perspective })
})

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { slug, number } = await params
  const episode = await loadEpisode(slug, number)
  if (!episode) notFound()
  return episodePageMetadata(episode)
}

function PeopleLinks({ people }: { people: readonly { _id: string; name: string | null; slug: string | null }[] }) {
  return people.map((person, index) => {
    const href = hrefForDocument({ _type: 'person', slug: person.slug })
    return (
      <span key={person._id}>
        {index > 0 ? (index === people.length - 1 ? ' and ' : ', ') : null}
        {href ? (
          <IntentLink href={href} className="text-link">
            {person.name}
          </IntentLink>
        ) : (
          person.name
        )}
      </span>
    )
  })
}

export default async function EpisodePage({ params }: { params: Params }) {
  const { slug, number } = await params
  const episode = await loadEpisode(slug, number)
  if (!episode?.series?.slug || typeof episode.number !== 'number') notFound()

  const series = episode.series
  const seriesSlug = series.slug!
  const review = episode.review
  const reviewHref = hrefForDocument({ _type: 'review', slug: review?.slug })
  const otherReviews = episode.coveringReviews.filter((item) => item._id !== review?._id)
  const episodeNumber = episode.number
  const hasGuide = Boolean(episode.synopsis?.length || episode.guideSections?.length)
  const [reactions, audienceOf] = await Promise.all([
    readSubjectReactions(episode._id),
    readReviewCardAudiences(otherReviews),
  ])
  const guideNotice = `You have not reached episode ${episodeNumber} yet, so the shield hides its synopsis and guide.`
  const facts = [
    episode.directors?.length
      ? {
          label: episode.directors.length === 1 ? 'Director' : 'Directors',
          value: <PeopleLinks people={episode.directors} />,
        }
      : null,
    episode.writers?.length
      ? { label: episode.writers.length === 1 ? 'Writer' : 'Writers', value: <PeopleLinks people={episode.writers} /> }
      : null,
    episode.airDate ? { label: 'First aired', value: <FormattedDate value={episode.airDate} /> } : null,
    episode.runtimeMinutes ? { label: 'Runtime', value: `${episode.runtimeMinutes} minutes` } : null,
    series.arc?.title
      ? {
          label: 'Story arc',
          value: `${series.arc.title} (episodes ${series.arc.firstEpisode}–${series.arc.lastEpisode})`,
        }
      : null,
  ].filter((fact) => fact !== null)

  return (
    <article className="pb-8">
      <JsonLd data={episodePageJsonLd(episode, reactions?.audience)} />
      <header className="border-b border-rule bg-paper-raised">
        <PageContainer className="space-y-4 py-8 sm:py-12">
          <Breadcrumbs
            items={[
              { label: 'Series', href: '/series' },
              { label: series.title ?? 'Series', href: seriesPath(seriesSlug) },
              { label: `Episode ${episode.number}` },
            ]}
          />
          <div>
            <p className="kicker">
              Episode {episode.number}
              {series.episodeCount ? ` of ${series.episodeCount}` : null}
            </p>
            <h1 className="mt-1 text-4xl sm:text-5xl">{episode.title}</h1>
          </div>
          {facts.length > 0 ? (
            <dl className="grid max-w-measure grid-cols-[max-content_1fr] gap-x-5 gap-y-1.5 text-[0.95rem]">
              {facts.map((fact) => (
                <div key={fact.label} className="contents">
                  <dt className="text-ink-muted">{fact.label}</dt>
                  <dd>{fact.value}</dd>
                </div>
              ))}
            </dl>
          ) : null}
        </PageContainer>
      </header>

      <PageContainer className="mt-10 grid gap-12 lg:grid-cols-[minmax(0,1fr)_20rem]">
        {review ? (
          <aside
            aria-labelledby="episode-review"
            className="h-fit space-y-4 rounded-md border border-rule p-5 lg:col-start-2 lg:row-start-1"
          >
            <h2 id="episode-review" className="kicker font-sans">
              Our review
            </h2>
            {typeof review.score === 'number' ? (
              <p className="flex flex-wrap items-center gap-x-4 gap-y-1">
                <ScoreBadge score={review.score} size="lg" />
                <HowWeScoreLink />
              </p>
            ) : null}
            {reactions ? <AudienceScoreLine summary={reactions.audience} href="#reader-reviews" /> : null}
            {review.verdict ? (
              <p className="font-serif text-lg">
                <ShieldedText
                  seriesSlug={seriesSlug}
                  revealsUpTo={reviewRevealsUpTo(review.verdictRevealsUpTo, review, series.episodeCount)}
                  spoilerFree={review.spoilerFreeVerdict}
                >
                  {review.verdict}
                </ShieldedText>
              </p>
            ) : null}
            <p className="text-sm text-ink-muted">
              {review.critic?.name ? `By ${review.critic.name} · ` : null}
              <FormattedDate value={review.publishedAt} />
            </p>
            {reviewHref ? (
              <p>
                <IntentLink href={reviewHref} className="font-semibold text-accent">
                  Read the review
                  <span className="sr-only">
                    :{' '}
                    <ShieldedText
                      inline
                      seriesSlug={seriesSlug}
                      revealsUpTo={reviewRevealsUpTo(review.titleRevealsUpTo, review, series.episodeCount)}
                      spoilerFree={review.spoilerFreeTitle}
                    >
                      {review.title}
                    </ShieldedText>
                  </span>
                </IntentLink>
              </p>
            ) : null}
            <AspectMeters aspects={review.aspects} headingLevel={3} heading="Aspects" seriesSlug={seriesSlug} />
          </aside>
        ) : null}
        <div className="min-w-0 space-y-12 lg:col-start-1 lg:row-start-1">
          {series.episodeCount ? (
            <div className="space-y-4">
              <ShieldNotice seriesSlug={seriesSlug} what="episode page" />
              <SpoilerShield seriesSlug={seriesSlug} seriesTitle={series.title} episodeCount={series.episodeCount} />
            </div>
          ) : null}

          <ContentNotes notes={episode.contentNotes} seriesSlug={seriesSlug} episode={episodeNumber} />

          {hasGuide ? (
            <ShieldedText
              as="div"
              seriesSlug={seriesSlug}
              revealsUpTo={episodeNumber}
              showAnyway={{
                notice: guideNotice,
                label: `Show episode ${episodeNumber}\u2019s synopsis anyway`,
              }}
            >
              <div className="space-y-12">
                {episode.synopsis?.length ? (
                  <section aria-labelledby="synopsis" className="space-y-4">
                    <h2 id="synopsis" className="text-2xl">
                      Synopsis
                    </h2>
                    <PortableTextBody value={episode.synopsis} seriesSlug={seriesSlug} anchorPrefix="synopsis" />
                  </section>
                ) : null}

                {episode.guideSections?.length ? (
                  <section aria-labelledby="guide" className="space-y-8">
                    <h2 id="guide" className="text-2xl">
                      Episode guide
                    </h2>
                    {episode.guideSections.map((section, index) => (
                      <section key={section._key} aria-labelledby={`guide-${index + 1}`} className="space-y-3">
                        <h3 id={`guide-${index + 1}`} className="text-xl">
                          {section.heading}
                        </h3>
                        <PortableTextBody
                          value={section.body}
                          seriesSlug={seriesSlug}
                          anchorPrefix={`guide-${index + 1}`}
                        />
                      </section>
                    ))}
                  </section>
                ) : null}
              </div>
            </ShieldedText>
          ) : null}

          {reactions ? (
            <ReaderReviewsSection
              summary={reactions.audience}
              reviews={reactions.top.reviews}
              total={reactions.top.total}
              allReviewsHref={readerReviewsPath(seriesSlug, episodeNumber)}
              seriesSlug={seriesSlug}
              episodeNumber={episodeNumber}
              episodeCount={series.episodeCount}
              writeSlot={
                <WriteReviewEntry
                  subject={episode._id}
                  subjectTitle={`Episode ${episodeNumber}: ${episode.title}`}
                  kind="episode"
                  writePageHref={readerReviewWritePath(seriesSlug, episodeNumber)}
                />
              }
              returnPath={episodePath(seriesSlug, episodeNumber)}
            />
          ) : null}

          {otherReviews.length > 0 ? (
            <section aria-labelledby="more-reviews" className="space-y-4">
              <h2 id="more-reviews" className="text-2xl">
                More on this episode
              </h2>
              <ReviewCardList
                showSeries={false}
                items={otherReviews.map((item) => ({ review: item, audience: audienceOf(item) }))}
              />
            </section>
          ) : null}
        </div>
      </PageContainer>

      <PageContainer className="mt-14">
        <PreviousNextLinks
          label="Episodes"
          previous={
            episode.previous?.number
              ? {
                  href: episodePath(seriesSlug, episode.previous.number),
                  kicker: `Previous: episode ${episode.previous.number}`,
                  title: episode.previous.title,
                }
              : null
          }
          next={
            episode.next?.number
              ? {
                  href: episodePath(seriesSlug, episode.next.number),
                  kicker: `Next: episode ${episode.next.number}`,
                  title: episode.next.title,
                }
              : null
          }
        />
      </PageContainer>
    </article>
  )
}
