import { getPublishedId, type ValidationContext } from 'sanity'
import { fetchSeriesFacts, seriesName, seriesParams } from './seriesLookup'
import { studioQueryClient } from './studioQueryClient'

interface EpisodeFields {
  series?: { _ref?: string }
}

const EPISODE_CLASH_QUERY = `*[_type == "episode" && series._ref == $seriesId &&
  number == $number && !sanity::versionOf($publishedId)][0]{
  _id, title
}`

/**
 * An episode number is used once per series and never exceeds the series' episode count.
 * Looks at the other episodes and the series itself, so it runs as a query.
 */
export async function episodeNumberFitsSeries(number: unknown, context: ValidationContext): Promise<true | string> {
  const episode = context.document as (EpisodeFields & { _id: string }) | undefined
  const seriesRef = episode?.series?._ref
  if (typeof number !== 'number' || !episode || !seriesRef) return true

  const client = studioQueryClient(context)
  const { seriesId } = seriesParams(seriesRef)
  const [clash, series] = await Promise.all([
    client.fetch<{ _id: string; title: string | null } | null>(
      EPISODE_CLASH_QUERY,
      { seriesId, number, publishedId: getPublishedId(episode._id) },
      { tag: 'validation.episode-number-unique' },
    ),
    fetchSeriesFacts(client, seriesRef),
  ])

  if (clash) {
    const title = clash.title ? ` ("${clash.title}")` : ''
    return (
      `Episode ${number} of this series already exists${title}. Each number can be used once per series: check ` +
      `the number, or edit the existing episode instead.`
    )
  }
  const count = series?.episodeCount
  if (typeof count === 'number' && number > count) {
    return (
      `${seriesName(series)} has ${count} episodes, so the number must be between 1 and ${count}. If the ` +
      `series has grown, raise its episode count first.`
    )
  }
  return true
}
