import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { cache } from 'react'

import { EmbedThisScore } from '@/components/embeds/EmbedThisScore'
import { Breadcrumbs } from '@/components/layout/Breadcrumbs'
import { PageContainer } from '@/components/layout/PageContainer'
import { IntentLink } from '@/components/links/IntentLink'
import { embeddableReviewSlugs, readReviewEmbed } from '@/lib/embeds/read'
import { embedInstructionsPath, hrefForDocument, isSlug } from '@/lib/routes'
import { buildMetadata } from '@/lib/seo'

export const dynamicParams = true

type Params = Promise<{ slug: string }>

export async function generateStaticParams() {
  return (await embeddableReviewSlugs()).map((slug) => ({ slug }))
}

// Published only, like every embed: a review that exists only as a draft has nothing to embed yet.
const loadEmbed = cache(async (slug: string) => (isSlug(slug) ? readReviewEmbed(slug) : null))

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { slug } = await params
  const embed = await loadEmbed(slug)
  if (!embed) notFound()
  return buildMetadata({
    title: `Embed this score: ${embed.title}`,
    description: `The badge, the score card and the link that show ${embed.title} on another site.`,
    path: embedInstructionsPath(slug),
    // A tool page: the review itself is what search engines should show.
    noIndex: true,
  })
}

/** What another site pastes to show a review's score; linked from the review page. */
export default async function EmbedInstructionsPage({ params }: { params: Params }) {
  const { slug } = await params
  const embed = await loadEmbed(slug)
  if (!embed) notFound()
  const reviewPath = hrefForDocument({ _type: 'review', slug }) ?? '/reviews'
  return (
    <PageContainer width="measure" className="space-y-8 py-10 sm:py-14">
      <header className="space-y-3">
        <Breadcrumbs
          items={[{ label: 'Reviews', href: '/reviews' }, { label: embed.title, href: reviewPath }, { label: 'Embed' }]}
        />
        <h1 className="text-4xl sm:text-5xl">Embed this score</h1>
        <p className="font-serif text-lg text-ink-muted">
          {embed.title}
          {embed.criticName ? `, by ${embed.criticName}` : null}.{' '}
          <IntentLink href={reviewPath} className="text-link text-ink">
            Back to the review
          </IntentLink>
        </p>
      </header>
      <EmbedThisScore embed={embed} />
    </PageContainer>
  )
}
