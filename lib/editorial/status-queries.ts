/**
 * The GROQ behind the Studio's "Editorial status" tool. It runs with the raw perspective (drafts
 * and published documents side by side), through the Studio's client in the Studio and through
 * groq-js over the bundled dataset in tests. The per-document conditions mirror status.ts.
 */
import { defineQuery } from 'next-sanity'

// Readers see only published documents; release versions wait for their release.
const PUBLISHED = `!(_id in path("drafts.**")) && !(_id in path("versions.**"))`
// An uploaded image has `asset`; in the export format (the bundled dataset) it has `_sanityAsset` until imported.
const HAS_PHOTO = `defined(coalesce(photo.asset, photo._sanityAsset))`
// What the editor works on: a document's draft when it has one, else the published document.
const CURRENT = `!(_id in path("versions.**"))
  && (_id in path("drafts.**") || !defined(*[_id == "drafts." + ^._id][0]._id))`

/**
 * Parameters: `$today` (YYYY-MM-DD), `$staleBefore` (ISO date-time, status.ts `staleDraftCutoff`),
 * `$tolerance` (status.ts `ASPECT_SCORE_TOLERANCE`) and `$types` (the site's document types).
 */
export const EDITORIAL_STATUS_QUERY = defineQuery(`{
  "airedEpisodesWithoutReview": *[_type == "episode" && ${PUBLISHED} && airDate <= $today
    && !defined(*[_type == "review" && kind == "episode" && ${PUBLISHED} && series._ref == ^.series._ref
      && firstEpisode <= ^.number && coalesce(lastEpisode, firstEpisode) >= ^.number][0]._id)
  ] | order(airDate asc, number asc) { _id, _type, title, number, airDate, "seriesTitle": series->title },
  "reviewsWithScoreProblems": *[_type == "review" && ${CURRENT} && (
    (!defined(score) && kind != "ending-explained")
    || math::avg(aspects[].score) - score > $tolerance
    || score - math::avg(aspects[].score) > $tolerance
  )] | order(publishedAt desc) { _id, _type, title, kind, score, "aspectAverage": math::avg(aspects[].score) },
  "publishedReviewsWithUnmarkedSpoilers": *[_type == "review" && ${PUBLISHED}
    && count(body[_type == "spoiler" && !defined(episode)]) > 0
  ] | order(publishedAt desc) { _id, _type, title, "unmarked": count(body[_type == "spoiler" && !defined(episode)]) },
  "staleDrafts": *[_type in $types && _id in path("drafts.**") && dateTime(_updatedAt) < dateTime($staleBefore)]
    | order(_updatedAt asc) { _id, _type, "title": coalesce(title, name), _updatedAt },
  "peopleMissingDetails": *[_type == "person" && ${CURRENT} && !(${HAS_PHOTO} && defined(birthDate))]
    | order(name asc) { _id, _type, name, "hasPhoto": ${HAS_PHOTO}, "hasBirthDate": defined(birthDate) }
}`)

/**
 * Every document the site reads, in the version the editor works on, for the Studio's own
 * validation; and the published ids, which decide whether a reference points at something.
 */
export const VALIDATION_SUBJECTS_QUERY = defineQuery(`{
  "documents": *[_type in $types && ${CURRENT}],
  "publishedIds": *[${PUBLISHED}]._id
}`)

/** A series' slug for links to its episodes and characters: the published one, else the draft's. */
export const SERIES_SLUG_QUERY = defineQuery(
  `coalesce(*[_id == $id][0].slug.current, *[_id == "drafts." + $id][0].slug.current)`,
)
