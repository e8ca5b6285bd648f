import { cache } from 'react'
import { PersonCard } from '@/components/cards/PersonCard'

import { ListingPage } from '@/components/layout/ListingPage'
import { contentFetch, getPerspective } from '@/lib/content/fetch'
import { PEOPLE_LIST_QUERY } from '@/lib/content/queries'
import { type ListPage, laterPageParams, loadListPage, pageSlice, PEOPLE_PER_PAGE } from '@/lib/paging'
import type { ListingSeoInput } from '@/lib/seo'
import type { PEOPLE_LIST_QUERY_RESULT } from '@/sanity.types'

/** Shared by /people and /people/page/[page], so every page of the list expires together. */
const tags = ['person', 'character', 'episode', 'series']

export const peopleListSeo: ListingSeoInput = {
  title: 'People',
  description: 'The actors, directors and writers behind the series we cover, and the roles they played.',
  path: '/people',
}

type Person = PEOPLE_LIST_QUERY_RESULT['items'][number]

/** One page of people in the request's perspective; null past the last page. */
export const loadPeopleList = cache(async (page: number): Promise<ListPage<Person> | null> => {
  const perspective = await getPerspective()
  return loadListPage((slice) => contentFetch({ query: PEOPLE_LIST_QUERY, params: slice, perspective, tags }), page, PEOPLE_PER_PAGE)
})

/** Pages 2 and on of the published list, prerendered at build time. */
export async function peopleListPageParams() {
  const { total } = await contentFetch({ query: PEOPLE_LIST_QUERY, params: pageSlice(1, PEOPLE_PER_PAGE), tags })
  return laterPageParams(total, PEOPLE_PER_PAGE)
}

export function PeopleList({ list }: { list: ListPage<Person> }) {
  return (
    <ListingPage title="People" intro="Actors, directors and writers, with the characters they play and the episodes they made." path="/people" list={list} empty="No people yet.">
      <ul className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
        {list.items.map((person) => {
          const roles = person.characters.map((character) => `${character.name} in ${character.series?.title}`)
          if (person.directedEpisodes > 0) roles.push(`Directed ${person.directedEpisodes} ${person.directedEpisodes === 1 ? 'episode' : 'episodes'}`)
          return (
            <li key={person._id} className="grid">
              <PersonCard person={person} role={roles.join('; ') || null} headingLevel={2} />
            </li>
          )
        })}
      </ul>
    </ListingPage>
  )
}
