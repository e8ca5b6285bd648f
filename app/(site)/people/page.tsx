import type { Metadata } from 'next'

import { CardHeading } from '@/components/cards/CardHeading'
import { cardFrame } from '@/components/cards/card-frame'
import { nativeScriptLang } from '@/components/format/native-script-lang'
import { PageContainer } from '@/components/layout/PageContainer'
import { ContentImage } from '@/components/media/ContentImage'
import { contentFetch, getPerspective } from '@/lib/content/fetch'
import { PEOPLE_LIST_QUERY } from '@/lib/content/queries'
import { hrefForDocument } from '@/lib/routes'
import { listingPageMetadata } from '@/lib/seo'

export const revalidate = 3600

export const metadata: Metadata = listingPageMetadata({
  title: 'People',
  description: 'The actors, directors and writers behind the series we cover, and the roles they played.',
  path: '/people',
})

export default async function PeopleListPage() {
  const people = await contentFetch({ query: PEOPLE_LIST_QUERY, perspective: await getPerspective(), tags: ['person', 'character', 'episode', 'series'] })
  return (
    <PageContainer className="space-y-8 py-10 sm:py-14">
      <header className="space-y-2">
        <h1 className="text-4xl sm:text-5xl">People</h1>
        <p className="max-w-measure font-serif text-lg text-ink-muted">Actors, directors and writers, with the characters they play and the episodes they made.</p>
      </header>
      <ul className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
        {people.map((person) => {
          const roles = person.characters.map((character) => `${character.name} in ${character.series?.title}`)
          if (person.directedEpisodes > 0) roles.push(`Directed ${person.directedEpisodes} ${person.directedEpisodes === 1 ? 'episode' : 'episodes'}`)
          return (
            <li key={person._id} className="grid">
              <article className={`${cardFrame} flex-row items-center gap-4 p-4`}>
                {person.photo ? (
                  <ContentImage image={person.photo} width={64} aspectRatio={1} sizes="64px" decorative className="size-16 shrink-0 rounded-full border border-rule object-cover" />
                ) : null}
                <div className="min-w-0">
                  <CardHeading level={2} href={hrefForDocument({ _type: 'person', slug: person.slug })} className="text-lg">
                    {person.name}
                  </CardHeading>
                  {person.nativeName ? (
                    <p lang={nativeScriptLang(person.nativeName)} className="text-sm text-ink-muted">
                      {person.nativeName}
                    </p>
                  ) : null}
                  {roles.length > 0 ? <p className="mt-1 text-sm">{roles.join('; ')}</p> : null}
                </div>
              </article>
            </li>
          )
        })}
      </ul>
    </PageContainer>
  )
}
