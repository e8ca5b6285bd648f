import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { cache } from 'react'

import { FormattedDate } from '@/components/format/FormattedDate'
import { nativeScriptLang } from '@/components/format/native-script-lang'
import { Breadcrumbs } from '@/components/layout/Breadcrumbs'
import { PageContainer } from '@/components/layout/PageContainer'
import { ContentImage } from '@/components/media/ContentImage'
import { PortableTextBody } from '@/components/portable-text/PortableTextBody'
import { JsonLd } from '@/components/seo/JsonLd'
import { contentFetch, getPerspective } from '@/lib/content/fetch'
import { PERSON_PAGE_QUERY, PERSON_SLUGS_QUERY } from '@/lib/content/queries'
import { personPageJsonLd, personPageMetadata } from '@/lib/seo'

import { ageOn } from './_components/age'
import { PersonCredits } from './_components/PersonCredits'

export const dynamicParams = true

type Params = Promise<{ slug: string }>

export async function generateStaticParams() {
  const people = await contentFetch({ query: PERSON_SLUGS_QUERY })
  return people.flatMap(({ slug }) => (slug ? [{ slug }] : []))
}

const loadPerson = cache(async (slug: string) => {
  const perspective = await getPerspective()
  return contentFetch({ query: PERSON_PAGE_QUERY, params: { slug }, perspective })
})

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const person = await loadPerson((await params).slug)
  if (!person) notFound()
  return personPageMetadata(person)
}

export default async function PersonPage({ params }: { params: Params }) {
  const person = await loadPerson((await params).slug)
  if (!person) notFound()

  // Rendered at request or revalidation time, so the age stays right as years pass.
  const age = ageOn(person.birthDate, new Date())

  return (
    <article className="pb-8">
      <JsonLd data={personPageJsonLd(person)} />
      <header className="border-b border-rule bg-paper-raised">
        <PageContainer
          className={`grid gap-8 py-8 sm:items-start sm:py-12 ${
            person.photo ? 'sm:grid-cols-[10rem_minmax(0,1fr)]' : ''
          }`}
        >
          {person.photo ? (
            <ContentImage
              image={person.photo}
              width={160}
              aspectRatio={4 / 5}
              sizes="160px"
              preload
              className="h-auto w-32 rounded-md border border-rule sm:w-40"
            />
          ) : null}
          <div className="min-w-0 space-y-4">
            <Breadcrumbs items={[{ label: 'People', href: '/people' }, { label: person.name ?? 'Person' }]} />
            <div>
              <h1 className="text-4xl sm:text-5xl">{person.name}</h1>
              {person.nativeName ? (
                <p lang={nativeScriptLang(person.nativeName)} className="mt-2 font-serif text-xl text-ink-muted">
                  {person.nativeName}
                </p>
              ) : null}
            </div>
            <dl className="grid max-w-measure grid-cols-[max-content_1fr] gap-x-5 gap-y-1.5 text-[0.95rem]">
              {person.birthDate ? (
                <div className="contents">
                  <dt className="text-ink-muted">Born</dt>
                  <dd>
                    <FormattedDate value={person.birthDate} />
                    {age !== null ? ` (age ${age})` : null}
                  </dd>
                </div>
              ) : null}
              {person.occupations?.length ? (
                <div className="contents">
                  <dt className="text-ink-muted">Work</dt>
                  <dd className="first-letter:uppercase">{person.occupations.join(', ')}</dd>
                </div>
              ) : null}
              {person.aliases?.length ? (
                <div className="contents">
                  <dt className="text-ink-muted">Also written</dt>
                  <dd>{person.aliases.join(', ')}</dd>
                </div>
              ) : null}
            </dl>
          </div>
        </PageContainer>
      </header>

      <PageContainer className="mt-10 space-y-12">
        {person.bio?.length ? (
          <section aria-labelledby="biography" className="space-y-4">
            <h2 id="biography" className="text-2xl">
              Biography
            </h2>
            <PortableTextBody value={person.bio} anchorPrefix="bio" />
          </section>
        ) : null}
        <PersonCredits person={person} />
      </PageContainer>
    </article>
  )
}
