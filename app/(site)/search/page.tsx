import type { Metadata } from 'next'
import Link from 'next/link'

import { PageContainer } from '@/components/layout/PageContainer'
import { SearchResultList } from '@/components/search/SearchResultList'
import { getPerspective } from '@/lib/content/fetch'
import { checkSearchRequest, MAX_LIMIT } from '@/lib/search/request'
import { getSearchIndex } from '@/lib/search/service'
import { groupByType, SEARCH_TYPE_LABELS } from '@/lib/search/types'

type SearchParams = Promise<Record<string, string | string[] | undefined>>

function typedQuery(params: Record<string, string | string[] | undefined>): string {
  const q = Array.isArray(params.q) ? params.q[0] : params.q
  return (q ?? '').trim()
}

export async function generateMetadata({ searchParams }: { searchParams: SearchParams }): Promise<Metadata> {
  const q = typedQuery(await searchParams)
  // Result pages are endless and thin: readers reach them from the box, search engines should not.
  return { title: q ? `Search: ${q.slice(0, 60)}` : 'Search', robots: { index: false, follow: true } }
}

function searchHref(q: string): string {
  return `/search?${new URLSearchParams({ q })}`
}

function Suggestions({ examples }: { examples: string[] }) {
  return (
    <div className="space-y-2 text-ink-muted">
      {examples.length ? (
        <p>
          Try{' '}
          {examples.map((example, index) => (
            <span key={example}>
              {index > 0 ? (index === examples.length - 1 ? ' or ' : ', ') : null}
              <Link href={searchHref(example)} prefetch={false}>
                {example}
              </Link>
            </span>
          ))}
          .
        </p>
      ) : null}
      <p>
        Or browse <Link href="/series">every series</Link>, <Link href="/people">the people</Link> and{' '}
        <Link href="/reviews">the reviews</Link>.
      </p>
    </div>
  )
}

/**
 * Search results rendered on the server, so the page works without JavaScript: grouped by type,
 * the group with the best match first. Names match in Hangul and in any romanization.
 */
export default async function SearchPage({ searchParams }: { searchParams: SearchParams }) {
  const params = await searchParams
  const q = typedQuery(params)
  const index = await getSearchIndex(await getPerspective())
  const checked = q ? checkSearchRequest({ ...params, limit: String(MAX_LIMIT) }) : null
  const found = checked?.ok ? index.search(checked.value.q, checked.value) : null
  const someWords = found && found.total === 0 ? index.search(q, { anyWord: true, limit: 10 }) : null
  const onlyType = checked?.ok ? checked.value.type : undefined

  return (
    <PageContainer width="measure" className="space-y-8 py-10 sm:py-14">
      <header className="space-y-4">
        <h1 className="text-4xl sm:text-5xl">Search</h1>
        <form role="search" action="/search" method="get" className="flex flex-wrap gap-2">
          <label htmlFor="search-page-query" className="sr-only">
            Search series, episodes, people, characters and reviews
          </label>
          <input
            id="search-page-query"
            name="q"
            type="search"
            defaultValue={q}
            maxLength={200}
            autoComplete="off"
            className="min-w-0 flex-1 rounded border border-rule-strong bg-paper px-3 py-2 text-lg text-ink"
          />
          <button
            type="submit"
            className="rounded bg-accent px-4 py-2 font-semibold text-on-accent focus-visible:outline-2"
          >
            Search
          </button>
        </form>
        <p className="text-sm text-ink-muted">
          Titles, names in Hangul or in any romanization, with or without hyphens; one typo is forgiven in longer words.
        </p>
      </header>

      {!q ? <Suggestions examples={index.examples} /> : null}

      {checked && !checked.ok ? (
        <div role="alert" className="space-y-2">
          <p className="font-semibold text-accent">{checked.problem.error}</p>
          <Suggestions examples={index.examples} />
        </div>
      ) : null}

      {found && found.total > 0 ? (
        <section aria-labelledby="search-results-heading" className="space-y-6">
          <h2 id="search-results-heading" className="text-lg font-semibold">
            {found.total === 1 ? '1 result' : `${found.total} results`} for “{found.query}”
            {onlyType ? ` in ${SEARCH_TYPE_LABELS[onlyType].toLowerCase()}` : null}
            {found.total > found.results.length ? `, the best ${found.results.length} shown` : null}
          </h2>
          {groupByType(found.results).map((group) => (
            <SearchResultList key={group.type} group={group} />
          ))}
          {onlyType ? (
            <p>
              <Link href={searchHref(q)}>Search every kind for “{q}”</Link>
            </p>
          ) : null}
        </section>
      ) : null}

      {found && found.total === 0 ? (
        <section aria-labelledby="search-results-heading" className="space-y-6">
          <h2 id="search-results-heading" className="text-lg font-semibold">
            Nothing matches every word of “{found.query}”
          </h2>
          {someWords && someWords.total > 0 ? (
            <>
              <p className="text-ink-muted">These match some of the words:</p>
              {groupByType(someWords.results).map((group) => (
                <SearchResultList key={group.type} group={group} />
              ))}
            </>
          ) : (
            <p className="text-ink-muted">Check the spelling, use fewer words, or type the name in Hangul.</p>
          )}
          <Suggestions examples={index.examples} />
        </section>
      ) : null}
    </PageContainer>
  )
}
