import type { Metadata } from 'next'

import { CardHeading } from '@/components/cards/CardHeading'
import { PageContainer } from '@/components/layout/PageContainer'
import { ContentImage } from '@/components/media/ContentImage'
import { contentFetch, getPerspective } from '@/lib/content/fetch'
import { CRITICS_LIST_QUERY } from '@/lib/content/queries'
import { hrefForDocument } from '@/lib/routes'
import { buildMetadata } from '@/lib/seo'

const intro = 'The critics who watch, review and score every series and episode on the site.'

export const metadata: Metadata = buildMetadata({ title: 'Critics', description: intro, path: '/critics' })

export default async function CriticsPage() {
  const perspective = await getPerspective()
  const critics = await contentFetch({ query: CRITICS_LIST_QUERY, perspective })
  return (
    <PageContainer className="space-y-8 py-10 sm:py-14">
      <header className="space-y-2">
        <h1 className="text-4xl sm:text-5xl">Critics</h1>
        <p className="max-w-measure font-serif text-lg text-ink-muted">{intro}</p>
      </header>
      {critics.length > 0 ? (
        <ul className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
          {critics.map((critic) => (
            <li key={critic._id} className="grid">
              <article className="card flex-row items-center gap-4 p-3">
                {critic.avatar ? (
                  <ContentImage
                    image={critic.avatar}
                    width={128}
                    aspectRatio={1}
                    sizes="64px"
                    decorative
                    className="size-16 shrink-0 rounded-full border border-rule"
                  />
                ) : null}
                <div className="min-w-0">
                  <CardHeading level={2} href={hrefForDocument({ _type: 'critic', slug: critic.slug })}>
                    {critic.name}
                  </CardHeading>
                  {critic.role ? <p className="text-sm text-ink-muted">{critic.role}</p> : null}
                  <p className="text-sm">
                    {critic.reviewCount === 0
                      ? 'No published reviews yet'
                      : `${critic.reviewCount} ${critic.reviewCount === 1 ? 'review' : 'reviews'}`}
                  </p>
                </div>
              </article>
            </li>
          ))}
        </ul>
      ) : (
        <p className="text-ink-muted">No critics yet.</p>
      )}
    </PageContainer>
  )
}
