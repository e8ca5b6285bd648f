/**
 * GROQ fragments shared by the page queries (queries.ts) and the machine-read ones (seo-queries.ts),
 * so a rule such as "the series' own review" is written once. TypeGen resolves them through the import.
 */

/** Lead first, then main, supporting and guest; editors order within each billing. */
export const billingRank = /* groq */ `select(
  billing == "lead" => 0, billing == "main" => 1, billing == "supporting" => 2, 3
)`

/** Inside a series projection: the series' own verdict, its latest review of kind "series". */
export const latestSeriesReview = /* groq */ `*[_type == "review" && kind == "series" && series._ref == ^._id]
  | order(publishedAt desc)[0]`

/** Inside a review projection: the episode an episode review is about. */
export const reviewedEpisode = /* groq */ `*[
  _type == "episode" && series._ref == ^.series._ref && number == ^.firstEpisode
][0]`

/** Inside an episode projection: the episode's review, the first one published about it alone. */
export const firstEpisodeReview = /* groq */ `*[
  _type == "review" && kind == "episode" && series._ref == ^.series._ref && firstEpisode == ^.number
] | order(publishedAt asc)[0]`
