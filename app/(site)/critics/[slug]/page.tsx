import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { cache } from 'react'

import { ReviewCardList } from '@/components/cards/ReviewCardList'
import { Breadcrumbs } from '@/components/layout/Breadcrumbs'
import { PageContainer } from '@/components/layout/PageContainer'
import { ContentImage } from '@/components/media/ContentImage'
import { JsonLd } from '@/components/seo/JsonLd'
import { contentFetch, getPerspective } from '@/lib/content/fetch'
import { CRITIC_PAGE_QUERY, CRITIC_SLUGS_QUERY } from '@/lib/content/queries'
import { criticPageJsonLd, criticPageMetadata } from '@/lib/seo'
import { readReviewCardAudiences } from '@/lib/reactions/page-reads'

export const dynamicParams = true

type Params = Promise<{ slug: string }>

export async function generateStaticParams() {
  const critics = await contentFetch({ query: CRITIC_SLUGS_QUERY })
  return critics.flatMap(({ slug }) => (slug ? [{ slug }] : []))
}

const loadCritic = cache(async (slug: string) => {
  const perspective = await getPerspective()
  return contentFetch({ query: CRITIC_PAGE_QUERY, params: { slug }, perspective })
})

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const critic = await loadCritic((await params).slug)
  if (!critic) notFound()
  return criticPageMetadata(critic)
}

export default async function CriticPage({ params }: { params: Params }) {
  const critic = await loadCritic((await params).slug)
  if (!critic) notFound()
  const audienceOf = await readReviewCardAudiences(critic.reviews)

  return (
    <div className="pb-8">
      <JsonLd data={criticPageJsonLd(critic)} />
      <header className="border-b border-rule bg-paper-raised">
        <PageContainer className="space-y-5 py-8 sm:py-12">
          <Breadcrumbs items={[{ label: 'Critics', href: '/critics' }, { label: critic.name ?? 'Critic' }]} />
          <div className="flex flex-wrap items-center gap-5">
            {critic.avatar ? (
              <ContentImage
                image={critic.avatar}
                width={96}
                aspectRatio={1}
                sizes="96px"
                preload
                className="size-24 rounded-full border border-rule"
              />
            ) : null}
            <div>
              <p className="kicker">Critic</p>
              <h1 className="text-4xl sm:text-5xl">{critic.name}</h1>
              {critic.role ? <p className="mt-1 text-ink-muted">{critic.role}</p> : null}
            </div>
          </div>
          {critic.bio ? <p className="max-w-measure font-serif text-lg">{critic.bio}</p> : null}
        </PageContainer>
      </header>
      <PageContainer className="mt-10">
        <section aria-labelledby="reviews-by" className="space-y-4">
          <h2 id="reviews-by" className="text-2xl">
            Reviews by {critic.name}
          </h2>
          {critic.reviews.length > 0 ? (
            <ReviewCardList items={critic.reviews.map((review) => ({ review, audience: audienceOf(review) }))} />
          ) : (
            <p className="text-ink-muted">No published reviews yet.</p>
          )}
        </section>
      </PageContainer>
    </div>
  )
}
