import { PersonCard } from '@/components/cards/PersonCard'

import { ListingPage } from '@/components/layout/ListingPage'
import { pagedList } from '@/lib/content/reader-lists'
import { PEOPLE_LIST_QUERY } from '@/lib/content/queries'
import { type ListPage, PEOPLE_PER_PAGE } from '@/lib/paging'
import type { ListingSeoInput } from '@/lib/seo'
import type { PEOPLE_LIST_QUERY_RESULT } from '@/sanity.types'

export const peopleListSeo: ListingSeoInput = {
  title: 'People',
  description: 'The actors, directors and writers behind the series we cover, and the roles they played.',
  path: '/people',
}

type Person = PEOPLE_LIST_QUERY_RESULT['items'][number]

export const { load: loadPeopleList, laterPages: peopleListPageParams } = pagedList({
  query: PEOPLE_LIST_QUERY,
  perPage: PEOPLE_PER_PAGE,
})

const episodes = (count: number) => `${count} ${count === 1 ? 'episode' : 'episodes'}`

export function PeopleList({ list }: { list: ListPage<Person> }) {
  return (
    <ListingPage
      title="People"
      intro="Actors, directors and writers, with the characters they play and the episodes they made."
      path="/people"
      list={list}
      empty="No people yet."
    >
      <ul className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
        {list.items.map((person) => {
          const roles = person.characters.map((character) =>
            character.name
              ? `${character.name} in ${character.series?.title}`
              : `In the cast of ${character.series?.title}`,
          )
          if (person.directedEpisodes > 0) roles.push(`Directed ${episodes(person.directedEpisodes)}`)
          if (person.writtenEpisodes > 0) roles.push(`Wrote ${episodes(person.writtenEpisodes)}`)
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
