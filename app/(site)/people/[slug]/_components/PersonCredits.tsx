import { IntentLink } from '@/components/links/IntentLink'
import { ShieldedText } from '@/components/spoilers/ShieldedText'

import { characterLabel } from '@/lib/cast'
import { episodePath, seriesPath } from '@/lib/routes'
import type { PERSON_PAGE_QUERY_RESULT } from '@/sanity.types'

type Person = NonNullable<PERSON_PAGE_QUERY_RESULT>

interface SeriesRef {
  title: string | null
  slug: string | null
  year: number | null
}

interface SeriesCredits {
  series: SeriesRef
  characters: Person['characters']
  arcs: NonNullable<Person['arcsDirected'][number]['arcs']>
  directed: Person['episodesDirected']
  written: Person['episodesWritten']
}

const billingLabels: Record<string, string> = {
  lead: 'lead role',
  main: 'main role',
  supporting: 'supporting role',
  guest: 'guest role',
}

/** Every credit of a person, grouped by series: characters played, arcs and episodes directed, episodes written. */
export function groupCreditsBySeries(person: Person): SeriesCredits[] {
  const bySeries = new Map<string, SeriesCredits>()
  const entry = (series: SeriesRef | null) => {
    const key = series?.slug ?? series?.title ?? 'unknown'
    let credits = bySeries.get(key)
    if (!credits) {
      credits = {
        series: series ?? { title: null, slug: null, year: null },
        characters: [],
        arcs: [],
        directed: [],
        written: [],
      }
      bySeries.set(key, credits)
    }
    return credits
  }
  for (const character of person.characters) entry(character.series).characters.push(character)
  for (const series of person.arcsDirected) entry(series).arcs.push(...(series.arcs ?? []))
  for (const episode of person.episodesDirected) entry(episode.series).directed.push(episode)
  for (const episode of person.episodesWritten) entry(episode.series).written.push(episode)
  return [...bySeries.values()].toSorted((a, b) => (b.series.year ?? 0) - (a.series.year ?? 0))
}

function EpisodeLinks({
  seriesSlug,
  episodes,
}: {
  seriesSlug: string | null
  episodes: readonly { _id: string; number: number | null; title: string | null }[]
}) {
  return (
    <ul className="mt-1 space-y-0.5">
      {episodes.map((episode) => (
        <li key={episode._id}>
          {seriesSlug && typeof episode.number === 'number' ? (
            <IntentLink href={episodePath(seriesSlug, episode.number)} className="text-link">
              Episode {episode.number}: {episode.title}
            </IntentLink>
          ) : (
            `Episode ${episode.number}: ${episode.title}`
          )}
        </li>
      ))}
    </ul>
  )
}

/** Credits, with each character's description behind the spoiler shield of its series. */
export function PersonCredits({ person }: { person: Person }) {
  const groups = groupCreditsBySeries(person)
  if (groups.length === 0) return null
  return (
    <section aria-labelledby="credits" className="space-y-6">
      <h2 id="credits" className="text-2xl">
        Roles and credits
      </h2>
      {groups.map(({ series, characters, arcs, directed, written }) => (
        <section
          key={series.slug ?? series.title}
          aria-label={series.title ?? 'Series'}
          className="rounded-md border border-rule p-5"
        >
          <h3 className="text-xl">
            {series.slug ? (
              <IntentLink href={seriesPath(series.slug)} className="text-link">
                {series.title}
              </IntentLink>
            ) : (
              series.title
            )}
            {series.year ? (
              <span className="font-sans text-base font-normal text-ink-muted"> ({series.year})</span>
            ) : null}
          </h3>
          <dl className="mt-3 space-y-3 text-[0.95rem]">
            {characters.length > 0 ? (
              <div>
                <dt className="kicker">Played</dt>
                <dd>
                  <ul className="mt-1 space-y-0.5">
                    {characters.map((character) => (
                      <li key={character._id}>
                        <span className="font-semibold">{characterLabel(character.name)}</span>
                        {character.billing ? (
                          <span className="text-ink-muted">
                            {' '}
                            · {billingLabels[character.billing] ?? character.billing}
                          </span>
                        ) : null}
                        {character.description ? (
                          <span className="mt-0.5 block font-serif text-ink-muted">
                            <ShieldedText
                              seriesSlug={series.slug}
                              revealsUpTo={character.descriptionRevealsUpTo}
                              spoilerFree={character.spoilerFreeDescription}
                            >
                              {character.description}
                            </ShieldedText>
                          </span>
                        ) : null}
                      </li>
                    ))}
                  </ul>
                </dd>
              </div>
            ) : null}
            {arcs.length > 0 || directed.length > 0 ? (
              <div>
                <dt className="kicker">Directed</dt>
                <dd>
                  {arcs.map((arc) => (
                    <p key={arc._key} className="mt-1">
                      {arc.title ? <span className="font-semibold">{arc.title}</span> : 'Story arc'}
                      <span className="text-ink-muted">
                        {' '}
                        · episodes {arc.firstEpisode}–{arc.lastEpisode}
                      </span>
                    </p>
                  ))}
                  {directed.length > 0 ? <EpisodeLinks seriesSlug={series.slug} episodes={directed} /> : null}
                </dd>
              </div>
            ) : null}
            {written.length > 0 ? (
              <div>
                <dt className="kicker">Wrote</dt>
                <dd>
                  <EpisodeLinks seriesSlug={series.slug} episodes={written} />
                </dd>
              </div>
            ) : null}
          </dl>
        </section>
      ))}
    </section>
  )
}
