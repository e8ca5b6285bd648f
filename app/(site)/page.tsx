import type { Metadata } from 'next'

import { NewsCard } from '@/components/cards/NewsCard'
import { ReviewCardList } from '@/components/cards/ReviewCardList'
import { SeriesCard } from '@/components/cards/SeriesCard'
import { PageContainer } from '@/components/layout/PageContainer'
import { IntentLink } from '@/components/links/IntentLink'
import { JsonLd } from '@/components/seo/JsonLd'
import { ShieldedText } from '@/components/spoilers/ShieldedText'
import { contentFetch, getPerspective } from '@/lib/content/fetch'
import { HOME_PAGE_QUERY } from '@/lib/content/queries'
import { readCardAudiences, readReviewCardAudiences } from '@/lib/reactions/page-reads'
import { hrefForDocument } from '@/lib/routes'
import { homePageJsonLd, homePageMetadata } from '@/lib/seo'
import { reviewRevealsUpTo } from '@/lib/spoilers/reveals'

import { loadSiteSettings } from './_components/SiteFrame'

export async function generateMetadata(): Promise<Metadata> {
  return homePageMetadata(await loadSiteSettings())
}

function SectionHeader({ id, title, href, linkLabel }: { id: string; title: string; href: string; linkLabel: string }) {
  return (
    <div className="flex flex-wrap items-baseline justify-between gap-x-4 gap-y-1 border-b border-rule pb-2">
      <h2 id={id} className="text-2xl">
        {title}
      </h2>
      <IntentLink href={href} className="text-sm font-semibold text-accent">
        {linkLabel}
      </IntentLink>
    </div>
  )
}

export default async function HomePage() {
  const perspective = await getPerspective()
  const [{ title, description }, home] = await Promise.all([
    loadSiteSettings(),
    contentFetch({ query: HOME_PAGE_QUERY, perspective }),
  ])
  const spotlight = home.spotlight
  const spotlightReview = spotlight?.seriesReview
  const spotlightMarker = (marker: number | null | undefined) =>
    spotlightReview ? reviewRevealsUpTo(marker, spotlightReview, spotlight?.episodeCount) : null
  const [seriesAudience, reviewAudience] = await Promise.all([
    readCardAudiences([spotlight?._id]),
    readReviewCardAudiences([...home.latestReviews, ...home.highestScores]),
  ])

  return (
    <PageContainer className="space-y-16 py-10 sm:py-14">
      <JsonLd data={homePageJsonLd({ title, description })} />
      <header className="max-w-measure space-y-3">
        <h1 className="text-4xl sm:text-5xl">{title}</h1>
        <p className="font-serif text-xl text-ink-muted">{description}</p>
      </header>

      {spotlight ? (
        <section aria-labelledby="spotlight" className="space-y-5">
          <SectionHeader id="spotlight" title="Series spotlight" href="/series" linkLabel="All series" />
          <SeriesCard series={spotlight} preloadPoster audience={seriesAudience(spotlight._id)} />
          {spotlightReview?.verdict ? (
            <blockquote className="max-w-measure border-l-4 border-accent pl-4 font-serif text-lg">
              <p>
                <ShieldedText
                  seriesSlug={spotlight.slug}
                  revealsUpTo={spotlightMarker(spotlightReview.verdictRevealsUpTo)}
                  spoilerFree={spotlightReview.spoilerFreeVerdict}
                >
                  {spotlightReview.verdict}
                </ShieldedText>
              </p>
              {spotlightReview.slug ? (
                <footer className="mt-2 font-sans text-sm">
                  <IntentLink
                    href={hrefForDocument({ _type: 'review', slug: spotlightReview.slug }) ?? '/reviews'}
                    className="font-semibold text-accent"
                  >
                    Read our review
                    <span className="sr-only">
                      :{' '}
                      <ShieldedText
                        inline
                        seriesSlug={spotlight.slug}
                        revealsUpTo={spotlightMarker(spotlightReview.titleRevealsUpTo)}
                        spoilerFree={spotlightReview.spoilerFreeTitle}
                      >
                        {spotlightReview.title}
                      </ShieldedText>
                    </span>
                  </IntentLink>
                </footer>
              ) : null}
            </blockquote>
          ) : null}
        </section>
      ) : null}

      {home.latestReviews.length > 0 ? (
        <section aria-labelledby="latest-reviews" className="space-y-5">
          <SectionHeader id="latest-reviews" title="Latest reviews" href="/reviews" linkLabel="All reviews" />
          <ReviewCardList items={home.latestReviews.map((review) => ({ review, audience: reviewAudience(review) }))} />
        </section>
      ) : null}

      {home.highestScores.length > 0 ? (
        <section aria-labelledby="highest-scores" className="space-y-5">
          <SectionHeader
            id="highest-scores"
            title="Highest-scored series reviews and first impressions"
            href="/reviews"
            linkLabel="All reviews"
          />
          <ReviewCardList
            ordered
            items={home.highestScores.map((review) => ({ review, audience: reviewAudience(review) }))}
          />
        </section>
      ) : null}

      {home.latestNews.length > 0 ? (
        <section aria-labelledby="latest-news" className="space-y-5">
          <SectionHeader id="latest-news" title="Latest news" href="/news" linkLabel="All news" />
          <ul className="grid gap-4 md:grid-cols-2">
            {home.latestNews.map((article) => (
              <li key={article._id} className="grid">
                <NewsCard article={article} showImage={false} />
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </PageContainer>
  )
}
