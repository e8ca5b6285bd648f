/**
 * Every GROQ query the reader site runs, one per page need. Projections are shaped for the page
 * that renders them: slugs flattened to strings, references followed with `->`, and the joins a
 * page needs (cast, credits, per-episode scores, neighbours) done here rather than in components.
 * Parameters always arrive as `$params`; nothing is interpolated but the fragments below.
 *
 * Every document a projection shows carries its `_id`: the cache tags of a read are derived from
 * the ids in its result (tags.ts), so a document shown without one would leave its page stale.
 */
import { defineQuery } from 'next-sanity'

import { billingRank, firstEpisodeReview, latestSeriesReview, reviewedEpisode } from './fragments'

// Shared projections. TypeGen resolves these template-literal fragments when it reads the file.

/** Where an internal link points: enough for lib/routes.ts to build the URL of any document. */
const linkTarget = /* groq */ `{
  _type,
  _id,
  "slug": slug.current,
  number,
  "series": series->{ _id, "slug": slug.current }
}`

/** Portable Text with internal links resolved, including those inside spoiler blocks. */
const portableText = /* groq */ `{
  ...,
  markDefs[]{
    ...,
    _type == "internalLink" => { "target": reference->${linkTarget} }
  },
  _type == "spoiler" => {
    body[]{
      ...,
      markDefs[]{
        ...,
        _type == "internalLink" => { "target": reference->${linkTarget} }
      }
    }
  }
}`

const personFields = /* groq */ `
  _id,
  name,
  nativeName,
  "slug": slug.current,
  photo
`

const criticFields = /* groq */ `
  _id,
  name,
  "slug": slug.current,
  role,
  avatar
`

const seriesFields = /* groq */ `
  _id,
  title,
  originalTitle,
  "slug": slug.current,
  year,
  episodeCount,
  poster
`

/** A review as a card in lists: what, by whom, about which series, how it scored. */
const reviewCard = /* groq */ `{
  _id,
  kind,
  title,
  "slug": slug.current,
  publishedAt,
  updatedAt,
  score,
  verdict,
  spoilerLevel,
  firstEpisode,
  lastEpisode,
  titleRevealsUpTo,
  spoilerFreeTitle,
  verdictRevealsUpTo,
  spoilerFreeVerdict,
  "critic": critic->{ _id, name, "slug": slug.current },
  "series": series->{ _id, title, "slug": slug.current, poster, episodeCount },
  "episode": select(kind == "episode" => ${reviewedEpisode}{ _id })
}`

const articleCard = /* groq */ `{
  _id,
  title,
  "slug": slug.current,
  publishedAt,
  excerpt,
  heroImage,
  revealsUpToEpisode,
  spoilerFreeTitle,
  spoilerFreeExcerpt,
  "series": series->{ _id, title, "slug": slug.current }
}`

// Site-wide

export const SITE_SETTINGS_QUERY = defineQuery(`*[_type == "siteSettings"][0]{
  _id,
  title,
  description,
  navigation[]{ _key, label, href }
}`)

export const HOME_PAGE_QUERY = defineQuery(`{
  // Four: two rows of two on a wide screen; the rest of the list is one link away on /reviews.
  "latestReviews": *[_type == "review" && defined(slug.current)] | order(publishedAt desc)[0...4]${reviewCard},
  // Verdicts on a whole series, final or first impressions; episode reviews would crowd them out.
  "highestScores": *[
    _type == "review" && defined(slug.current) && defined(score) && kind in ["series", "first-impressions"]
  ] | order(score desc, publishedAt desc)[0...4]${reviewCard},
  "spotlight": *[_type == "series" && defined(slug.current)] | order(premiereDate desc)[0]{
    ${seriesFields},
    tagline,
    country,
    genres,
    "seriesReview": ${latestSeriesReview}{
      _id, title, "slug": slug.current, score, verdict,
      kind, titleRevealsUpTo, spoilerFreeTitle, verdictRevealsUpTo, spoilerFreeVerdict
    }
  },
  "latestNews": *[_type == "article" && defined(slug.current)] | order(publishedAt desc)[0...4]${articleCard}
}`)

// Series

export const SERIES_SLUGS_QUERY = defineQuery(`*[_type == "series" && defined(slug.current)]{ "slug": slug.current }`)

/** One page of /series (lib/paging.ts): what SeriesCard shows, and how many series there are. */
export const SERIES_LIST_QUERY = defineQuery(`{
  "total": count(*[_type == "series" && defined(slug.current)]),
  "items": *[_type == "series" && defined(slug.current)] | order(premiereDate desc, title asc, _id asc)[$start...$end]{
    ${seriesFields},
    tagline,
    country,
    genres,
    "seriesReview": ${latestSeriesReview}{ _id, score }
  }
}`)

/** What the series pages share: enough to name the series, place its spoilers and link its subpages. */
const seriesHeading = /* groq */ `
  _id,
  title,
  "slug": slug.current,
  year,
  episodeCount,
  poster
`

/** Lead first, then by billing; the overview shows the first few, the cast page all of them. */
const castOrder = /* groq */ `*[_type == "character" && series._ref == ^._id]
  | order(${billingRank} asc, order asc, name asc)`

/**
 * The series overview: what a reader sees first (the score, the chart, where to start, the top of
 * the cast, the newest reviews). The full cast, the episode guide and every review have their own
 * pages, so this page stays the same size however many episodes or reviews a series has. The whole
 * cast and every episode are read (not shown) for the page's structured data.
 */
export const SERIES_PAGE_QUERY = defineQuery(`*[_type == "series" && slug.current == $slug][0]{
  ${seriesFields},
  tagline,
  country,
  genres,
  episodeRuntimeMinutes,
  premiereDate,
  finaleDate,
  platforms[]{ _key, name, url, region },
  basedOn,
  relatedWorks[]{ _key, title, originalTitle, kind, year, note },
  externalLinks[]{ _key, label, url },
  synopsis[]${portableText},
  arcs[]{ _key, "directors": directors[]->{ _id, name, "slug": slug.current } },
  "seriesReview": ${latestSeriesReview}{
    _id,
    title,
    "slug": slug.current,
    publishedAt,
    score,
    verdict,
    aspects[]{ _key, aspect, score, verdict, revealsUpToEpisode, spoilerFreeVerdict },
    kind,
    titleRevealsUpTo,
    spoilerFreeTitle,
    verdictRevealsUpTo,
    spoilerFreeVerdict,
    "critic": critic->{ _id, name, "slug": slug.current }
  },
  "scoreHistory": *[
    _type == "review" && kind in ["first-impressions", "series"] && series._ref == ^._id && defined(score)
  ]
    | order(publishedAt asc){
    _id,
    kind,
    title,
    "slug": slug.current,
    publishedAt,
    score,
    firstEpisode,
    lastEpisode,
    titleRevealsUpTo,
    spoilerFreeTitle
  },
  "episodes": *[_type == "episode" && series._ref == ^._id] | order(number asc){
    _id,
    number,
    title,
    airDate,
    "directors": directors[]->{ _id, name, "slug": slug.current }
  },
  // One point per episode: its first published episode review, so a later second opinion never
  // adds a duplicate point to the chart.
  "episodeScores": *[_type == "episode" && series._ref == ^._id] | order(number asc){
    _id,
    "episode": number,
    "episodeTitle": title,
    "review": ${firstEpisodeReview}{ _id, score }
  },
  "cast": ${castOrder}{
    _id,
    name,
    billing,
    "actor": playedBy->{${personFields}}
  },
  "reviewCount": count(*[_type == "review" && series._ref == ^._id && defined(slug.current)]),
  "latestReviews": *[_type == "review" && series._ref == ^._id && defined(slug.current)]
    | order(publishedAt desc)[0...3]${reviewCard},
  "news": *[_type == "article" && series._ref == ^._id && defined(slug.current)]
    | order(publishedAt desc)[0...3]${articleCard}
}`)

/** /series/<slug>/cast: every character with their description, and the crew by episode. */
export const SERIES_CAST_QUERY = defineQuery(`*[_type == "series" && slug.current == $slug][0]{
  ${seriesHeading},
  "cast": ${castOrder}{
    _id,
    name,
    billing,
    description,
    descriptionRevealsUpTo,
    spoilerFreeDescription,
    "actor": playedBy->{${personFields}}
  },
  "episodes": *[_type == "episode" && series._ref == ^._id] | order(number asc){
    _id,
    number,
    "directors": directors[]->{ _id, name, "slug": slug.current },
    "writers": writers[]->{ _id, name, "slug": slug.current }
  }
}`)

/** /series/<slug>/episodes: the episode guide, every episode with a teaser, its director and score, and the arcs. */
export const SERIES_EPISODE_GUIDE_QUERY = defineQuery(`*[_type == "series" && slug.current == $slug][0]{
  ${seriesHeading},
  arcs[]{
    _key,
    title,
    firstEpisode,
    lastEpisode,
    summary,
    spoilerFreeSummary,
    "directors": directors[]->{${personFields}}
  },
  "episodes": *[_type == "episode" && series._ref == ^._id] | order(number asc){
    _id,
    number,
    title,
    airDate,
    runtimeMinutes,
    "synopsisOpening": pt::text(synopsis[_type == "block"][0]),
    "directors": directors[]->{ _id, name, "slug": slug.current },
    "review": ${firstEpisodeReview}{ _id, score }
  }
}`)

/** /series/<slug>/reviews: every critic's review of the series and of its episodes. */
export const SERIES_REVIEWS_QUERY = defineQuery(`*[_type == "series" && slug.current == $slug][0]{
  ${seriesHeading},
  "reviews": *[_type == "review" && series._ref == ^._id && defined(slug.current)]
    | order(publishedAt desc)${reviewCard}
}`)

// Episodes

// Grouped by series: one indexed lookup per series instead of a dereference per episode.
export const EPISODE_PARAMS_QUERY = defineQuery(`*[_type == "series" && defined(slug.current)]{
  "slug": slug.current,
  "numbers": *[_type == "episode" && series._ref == ^._id && defined(number)] | order(number asc).number
}`)

export const EPISODE_PAGE_QUERY =
  defineQuery(`*[_type == "episode" && series->slug.current == $slug && number == $number][0]{
  _id,
  number,
  title,
  airDate,
  runtimeMinutes,
  synopsis[]${portableText},
  guideSections[]{ _key, heading, body[]${portableText} },
  contentNotes[]{ _key, topic, detail },
  "directors": directors[]->{${personFields}},
  "writers": writers[]->{${personFields}},
  "series": series->{
    ${seriesFields},
    "arc": arcs[firstEpisode <= ^.^.number && lastEpisode >= ^.^.number][0]{ title, firstEpisode, lastEpisode }
  },
  "review": ${firstEpisodeReview}{
    _id,
    title,
    "slug": slug.current,
    publishedAt,
    score,
    verdict,
    spoilerLevel,
    aspects[]{ _key, aspect, score, verdict, revealsUpToEpisode, spoilerFreeVerdict },
    kind,
    firstEpisode,
    lastEpisode,
    titleRevealsUpTo,
    spoilerFreeTitle,
    verdictRevealsUpTo,
    spoilerFreeVerdict,
    "critic": critic->{ _id, name, "slug": slug.current }
  },
  // Every review that covers this episode (the page leaves out the one shown as "review"):
  // second opinions, first impressions, ending explained.
  "coveringReviews": *[
    _type == "review" && kind != "series" && series._ref == ^.series._ref &&
    firstEpisode <= ^.number && lastEpisode >= ^.number
  ]
    | order(publishedAt asc)${reviewCard},
  "previous": *[_type == "episode" && series._ref == ^.series._ref && number < ^.number]
    | order(number desc)[0]{ _id, number, title },
  "next": *[_type == "episode" && series._ref == ^.series._ref && number > ^.number]
    | order(number asc)[0]{ _id, number, title }
}`)

// Reader reviews

/** What the all-reviews page of a series needs to name it and place its reviews' spoilers. */
export const SERIES_READER_REVIEWS_QUERY = defineQuery(`*[_type == "series" && slug.current == $slug][0]{
  _id,
  title,
  "slug": slug.current,
  episodeCount
}`)

export const EPISODE_READER_REVIEWS_QUERY =
  defineQuery(`*[_type == "episode" && series->slug.current == $slug && number == $number][0]{
  _id,
  number,
  title,
  "series": series->{ _id, title, "slug": slug.current, episodeCount }
}`)

// Reviews

export const REVIEW_SLUGS_QUERY = defineQuery(`*[_type == "review" && defined(slug.current)]{ "slug": slug.current }`)

/**
 * One page of /reviews (lib/paging.ts): the fields ReviewCard shows, and how many reviews there
 * are. `_id` breaks ties so a page boundary never repeats or skips a review published at the same time.
 */
export const REVIEW_LIST_QUERY = defineQuery(`{
  "total": count(*[_type == "review" && defined(slug.current)]),
  "items": *[_type == "review" && defined(slug.current)] | order(publishedAt desc, _id asc)[$start...$end]{
    _id,
    kind,
    title,
    "slug": slug.current,
    publishedAt,
    score,
    verdict,
    spoilerLevel,
    firstEpisode,
    lastEpisode,
    titleRevealsUpTo,
    spoilerFreeTitle,
    verdictRevealsUpTo,
    spoilerFreeVerdict,
    "critic": critic->{ _id, name },
    "series": series->{ _id, title, "slug": slug.current, episodeCount }
  }
}`)

const episodeReviewNeighbour = /* groq */ `
    "slug": slug.current,
    "episode": *[_type == "episode" && series._ref == ^.series._ref && number == ^.firstEpisode][0]{
      _id,
      number,
      title
    },
    "critic": critic->{ _id, name }
`

export const REVIEW_PAGE_QUERY = defineQuery(`*[_type == "review" && slug.current == $slug][0]{
  _id,
  kind,
  title,
  "slug": slug.current,
  publishedAt,
  updatedAt,
  score,
  aspects[]{ _key, aspect, score, verdict, revealsUpToEpisode, spoilerFreeVerdict },
  verdict,
  pros,
  cons,
  titleRevealsUpTo,
  spoilerFreeTitle,
  verdictRevealsUpTo,
  spoilerFreeVerdict,
  body[]${portableText},
  spoilerLevel,
  editorsNote,
  "corrections": corrections[] | order(date asc){ _key, date, note },
  firstEpisode,
  lastEpisode,
  "critic": critic->{${criticFields}},
  "series": series->{${seriesFields}},
  "episode": select(kind == "episode" => ${reviewedEpisode}{
    _id,
    number,
    title,
    airDate
  }),
  "related": *[_type == "review" && series._ref == ^.series._ref && _id != ^._id && defined(slug.current)]
    | order(publishedAt desc)[0...2]${reviewCard},
  "seriesReviewCount": count(*[_type == "review" && series._ref == ^.series._ref && defined(slug.current)])
}`)

/**
 * The episode reviews either side of an episode review in its series, by episode number; among
 * several reviews of one episode, the same critic's comes first. Null for other kinds of review.
 */
export const EPISODE_REVIEW_NEIGHBOURS_QUERY = defineQuery(`*[
  _type == "review" && slug.current == $slug && kind == "episode" && defined(firstEpisode)
][0]{
  "previous": *[
    _type == "review" && kind == "episode" && series._ref == ^.series._ref && defined(slug.current) &&
    firstEpisode < ^.firstEpisode
  ] | order(firstEpisode desc, select(critic._ref == ^.critic._ref => 0, 1) asc, publishedAt asc)[0]{
    ${episodeReviewNeighbour}
  },
  "next": *[
    _type == "review" && kind == "episode" && series._ref == ^.series._ref && defined(slug.current) &&
    firstEpisode > ^.firstEpisode
  ] | order(firstEpisode asc, select(critic._ref == ^.critic._ref => 0, 1) asc, publishedAt asc)[0]{
    ${episodeReviewNeighbour}
  }
}`)

// Embeds (lib/embeds): a scored, published review as a badge, a card and an oEmbed answer.

export const EMBED_REVIEW_SLUGS_QUERY = defineQuery(
  `*[_type == "review" && defined(slug.current) && defined(score)]{ _id, "slug": slug.current }`,
)

/** Only what an embed shows: the spoiler-free forms decide which title and verdict other sites get. */
export const EMBED_REVIEW_QUERY = defineQuery(`*[_type == "review" && slug.current == $slug && defined(score)][0]{
  _id,
  kind,
  title,
  "slug": slug.current,
  score,
  verdict,
  titleRevealsUpTo,
  spoilerFreeTitle,
  verdictRevealsUpTo,
  spoilerFreeVerdict,
  firstEpisode,
  lastEpisode,
  aspects[]{ _key, aspect, score },
  "critic": critic->{ _id, name, "slug": slug.current },
  "series": series->{ _id, title, year, episodeCount }
}`)

// People

export const PERSON_SLUGS_QUERY = defineQuery(`*[_type == "person" && defined(slug.current)]{ "slug": slug.current }`)

/** One page of /people (lib/paging.ts): each person's card with their roles, and how many people there are. */
export const PEOPLE_LIST_QUERY = defineQuery(`{
  "total": count(*[_type == "person" && defined(slug.current)]),
  "items": *[_type == "person" && defined(slug.current)] | order(name asc, _id asc)[$start...$end]{
    ${personFields},
    "characters": *[_type == "character" && playedBy._ref == ^._id] | order(${billingRank} asc){
      _id,
      name,
      "series": series->{ _id, title }
    },
    "directedEpisodes": count(*[_type == "episode" && ^._id in directors[]._ref]),
    "writtenEpisodes": count(*[_type == "episode" && ^._id in writers[]._ref])
  }
}`)

export const PERSON_PAGE_QUERY = defineQuery(`*[_type == "person" && slug.current == $slug][0]{
  ${personFields},
  birthDate,
  bio[]${portableText},
  aliases,
  occupations,
  "characters": *[_type == "character" && playedBy._ref == ^._id] | order(${billingRank} asc, name asc){
    _id,
    name,
    billing,
    description,
    descriptionRevealsUpTo,
    spoilerFreeDescription,
    "series": series->{ _id, title, "slug": slug.current, year }
  },
  "episodesDirected": *[_type == "episode" && ^._id in directors[]._ref] | order(number asc){
    _id,
    number,
    title,
    airDate,
    "series": series->{ _id, title, "slug": slug.current, year }
  },
  "episodesWritten": *[_type == "episode" && ^._id in writers[]._ref] | order(number asc){
    _id,
    number,
    title,
    "series": series->{ _id, title, "slug": slug.current, year }
  },
  "arcsDirected": *[_type == "series" && ^._id in arcs[].directors[]._ref] | order(premiereDate desc){
    _id,
    title,
    "slug": slug.current,
    year,
    "arcs": arcs[^.^._id in directors[]._ref]{ _key, title, firstEpisode, lastEpisode }
  }
}`)

// Critics

export const CRITIC_SLUGS_QUERY = defineQuery(`*[_type == "critic" && defined(slug.current)]{ "slug": slug.current }`)

/** /critics: every critic with the number of their published reviews. */
export const CRITICS_LIST_QUERY = defineQuery(`*[_type == "critic" && defined(slug.current)] | order(name asc, _id asc){
  ${criticFields},
  "reviewCount": count(*[_type == "review" && critic._ref == ^._id && defined(slug.current)])
}`)

export const CRITIC_PAGE_QUERY = defineQuery(`*[_type == "critic" && slug.current == $slug][0]{
  ${criticFields},
  bio,
  "reviews": *[_type == "review" && critic._ref == ^._id && defined(slug.current)]
    | order(publishedAt desc)${reviewCard}
}`)

// News

export const ARTICLE_SLUGS_QUERY = defineQuery(`*[_type == "article" && defined(slug.current)]{ "slug": slug.current }`)

/** One page of /news (lib/paging.ts): date, series, headline and excerpt, and how many stories there are. */
export const ARTICLE_LIST_QUERY = defineQuery(`{
  "total": count(*[_type == "article" && defined(slug.current)]),
  "items": *[_type == "article" && defined(slug.current)] | order(publishedAt desc, _id asc)[$start...$end]{
    _id,
    title,
    "slug": slug.current,
    publishedAt,
    excerpt,
    revealsUpToEpisode,
    spoilerFreeTitle,
    spoilerFreeExcerpt,
    "series": series->{ _id, title, "slug": slug.current }
  }
}`)

export const ARTICLE_PAGE_QUERY = defineQuery(`*[_type == "article" && slug.current == $slug][0]{
  _id,
  title,
  "slug": slug.current,
  publishedAt,
  excerpt,
  heroImage,
  video{ title, url },
  revealsUpToEpisode,
  spoilerFreeTitle,
  spoilerFreeExcerpt,
  body[]${portableText},
  "series": series->{${seriesFields}},
  "moreNews": *[_type == "article" && _id != ^._id && defined(slug.current)]
    | order(publishedAt desc)[0...3]${articleCard}
}`)

// Reader reactions: what a reader review may be about (a published series or episode), found by
// the subject id the API receives or by the path of the page a write form sits on.

const reactionSubject = /* groq */ `{
  _id,
  _type,
  title,
  "slug": slug.current,
  number,
  episodeCount,
  "series": series->{ _id, title, "slug": slug.current, episodeCount }
}`

export const REACTION_SUBJECT_QUERY = defineQuery(
  `*[_type in ["series", "episode"] && _id == $subject][0]${reactionSubject}`,
)

export const SERIES_REACTION_SUBJECT_QUERY = defineQuery(
  `*[_type == "series" && slug.current == $slug][0]${reactionSubject}`,
)

export const EPISODE_REACTION_SUBJECT_QUERY = defineQuery(
  `*[_type == "episode" && series->slug.current == $slug && number == $number][0]${reactionSubject}`,
)

// Reader comments: a published critic's review (any kind) or news article.
export const COMMENT_SUBJECT_QUERY = defineQuery(`*[_type in ["review", "article"] && _id == $subject][0]{
  _id,
  _type,
  title,
  kind,
  "slug": slug.current,
  firstEpisode,
  lastEpisode,
  "series": series->{ _id, "slug": slug.current }
}`)

// Search (lib/search): everything the index matches and shows, in one read.
export const SEARCH_INDEX_QUERY = defineQuery(`{
  "series": *[_type == "series" && defined(slug.current)]{
    _id,
    title,
    originalTitle,
    "slug": slug.current,
    year,
    country,
    genres,
    "score": ${latestSeriesReview}.score
  },
  "episodes": *[_type == "episode" && defined(number) && defined(series->slug.current)]{
    _id,
    number,
    title,
    airDate,
    "series": series->{ _id, title, "slug": slug.current },
    "directors": directors[]->{ _id, name },
    "score": ${firstEpisodeReview}.score
  },
  "people": *[_type == "person" && defined(slug.current)]{
    _id,
    name,
    nativeName,
    aliases,
    occupations,
    "slug": slug.current
  },
  "characters": *[_type == "character" && defined(series->slug.current)]{
    _id,
    name,
    aliases,
    "playedBy": playedBy->{ _id, name, "slug": slug.current },
    "series": series->{ _id, title, "slug": slug.current }
  },
  "reviews": *[_type == "review" && defined(slug.current) && defined(series->slug.current)]{
    _id,
    kind,
    title,
    "slug": slug.current,
    score,
    spoilerLevel,
    firstEpisode,
    lastEpisode,
    titleRevealsUpTo,
    spoilerFreeTitle,
    "critic": critic->{ _id, name },
    "series": series->{ _id, title, "slug": slug.current, episodeCount }
  }
}`)
