/**
 * Queries for what machines read: the sitemap, the RSS feed and the share-card images. They run
 * on the published perspective only (callers pass `perspective: 'published'`), so nothing a
 * crawler or feed reader sees can come from a draft. Parameters arrive as `$params`.
 */
import { defineQuery } from 'next-sanity'

import { billingRank, firstEpisodeReview, latestSeriesReview } from './fragments'

/**
 * Every document that has a page, with what the sitemap's lastModified needs: the document's own
 * `_updatedAt` and those of the documents shown on its page (`touched`). Filters match the pages'
 * generateStaticParams queries, so the sitemap lists exactly the pages that render.
 */
export const SITEMAP_QUERY = defineQuery(`{
  "series": *[_type == "series" && defined(slug.current)] | order(slug.current asc){
    _id,
    "slug": slug.current,
    _updatedAt,
    "touched": *[_type in ["episode", "review", "character", "article"] && series._ref == ^._id]{ _id, _updatedAt }
  },
  "episodes": *[_type == "episode" && defined(series->slug.current) && defined(number)] | order(number asc){
    _id,
    "seriesSlug": series->slug.current,
    number,
    _updatedAt,
    "touched": *[_type == "review" && kind != "series" && series._ref == ^.series._ref &&
      firstEpisode <= ^.number && lastEpisode >= ^.number]{ _id, _updatedAt }
  },
  "reviews": *[_type == "review" && defined(slug.current)] | order(publishedAt desc){
    _id,
    "slug": slug.current,
    _updatedAt,
    updatedAt,
    publishedAt
  },
  "people": *[_type == "person" && defined(slug.current)] | order(slug.current asc){
    _id,
    "slug": slug.current,
    _updatedAt,
    "touched": *[
      _type == "character" && playedBy._ref == ^._id ||
      _type == "episode" && (^._id in directors[]._ref || ^._id in writers[]._ref) ||
      _type == "series" && ^._id in arcs[].directors[]._ref
    ]{ _id, _updatedAt }
  },
  "critics": *[_type == "critic" && defined(slug.current)] | order(slug.current asc){
    _id,
    "slug": slug.current,
    _updatedAt,
    "touched": *[_type == "review" && critic._ref == ^._id]{ _id, _updatedAt }
  },
  "articles": *[_type == "article" && defined(slug.current)] | order(publishedAt desc){
    _id,
    "slug": slug.current,
    _updatedAt,
    publishedAt
  },
  "settings": *[_type == "siteSettings"][0]{ _id, _updatedAt }
}`)

/** The newest reviews and news, for /feed.xml; the slice bounds the feed's size. */
export const FEED_QUERY = defineQuery(`{
  "site": *[_type == "siteSettings"][0]{ _id, title, description },
  "items": *[_type in ["review", "article"] && defined(slug.current) && defined(publishedAt)]
    | order(publishedAt desc, _id asc)[0...50]{
    _id,
    _type,
    title,
    "slug": slug.current,
    publishedAt,
    "updatedAt": coalesce(updatedAt, publishedAt),
    _type == "review" => {
      kind,
      score,
      "summary": verdict,
      firstEpisode,
      lastEpisode,
      "critic": critic->{ _id, name }
    },
    _type == "article" => {
      "summary": excerpt
    },
    "series": series->{ _id, title, "slug": slug.current }
  }
}`)

// Share cards: title, the score to put in the badge and the image to show beside it.

export const SERIES_CARD_QUERY = defineQuery(`*[_type == "series" && slug.current == $slug][0]{
  _id,
  title,
  year,
  country,
  genres,
  episodeCount,
  tagline,
  poster,
  "seriesReview": ${latestSeriesReview}{ _id, score }
}`)

export const EPISODE_CARD_QUERY =
  defineQuery(`*[_type == "episode" && series->slug.current == $slug && number == $number][0]{
  _id,
  number,
  title,
  airDate,
  "series": series->{ _id, title, year, episodeCount, poster },
  "review": ${firstEpisodeReview}{ _id, score }
}`)

export const REVIEW_CARD_QUERY = defineQuery(`*[_type == "review" && slug.current == $slug][0]{
  _id,
  kind,
  title,
  score,
  firstEpisode,
  lastEpisode,
  "critic": critic->{ _id, name },
  "series": series->{ _id, title, year, poster }
}`)

export const PERSON_CARD_QUERY = defineQuery(`*[_type == "person" && slug.current == $slug][0]{
  _id,
  name,
  occupations,
  photo,
  "role": *[_type == "character" && playedBy._ref == ^._id] | order(${billingRank} asc)[0]{
    _id,
    name,
    "series": series->{
      _id,
      title,
      year,
      "seriesReview": ${latestSeriesReview}{ _id, score }
    }
  },
  "directed": *[_type == "series" && ^._id in arcs[].directors[]._ref] | order(premiereDate desc)[0]{
    _id,
    title,
    year,
    "seriesReview": ${latestSeriesReview}{ _id, score }
  }
}`)

export const ARTICLE_CARD_QUERY = defineQuery(`*[_type == "article" && slug.current == $slug][0]{
  _id,
  title,
  publishedAt,
  "series": series->{ _id, title, year }
}`)

export const CRITIC_CARD_QUERY = defineQuery(`*[_type == "critic" && slug.current == $slug][0]{
  _id,
  name,
  role,
  "reviewCount": count(*[_type == "review" && critic._ref == ^._id && defined(slug.current)])
}`)
