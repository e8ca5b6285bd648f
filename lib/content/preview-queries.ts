/**
 * Queries draft mode alone runs (kept apart from the page queries, which must return content in
 * both perspectives). The type list is DOCUMENT_TYPES, spelled out for TypeGen; a test checks it.
 */
import { defineQuery } from 'next-sanity'

/** Which of the documents a page read are drafts, for the draft-mode banner to name. */
export const DRAFTS_AMONG_QUERY = defineQuery(`*[
  _type in ["series", "episode", "person", "character", "review", "critic", "article", "siteSettings"]
  && _id in $ids && _originalId in path("drafts.**")
]{
  _id,
  _type,
  "title": coalesce(title, name, "Untitled")
} | order(_type asc, title asc)`)

/** Which of those documents have a published version (read in the published perspective). */
export const PUBLISHED_AMONG_QUERY = defineQuery(`*[
  _type in ["series", "episode", "person", "character", "review", "critic", "article", "siteSettings"]
  && _id in $ids
]._id`)

/** Whether a document page has a published version, for leaving draft mode on a draft-only one. */
export const PUBLISHED_PAGE_QUERY = defineQuery(`count(*[
  _type in ["series", "review", "person", "critic", "article"]
  && _type == $type && slug.current == $slug
]) > 0`)

/** Whether an episode page has a published episode. */
export const PUBLISHED_EPISODE_QUERY = defineQuery(`count(*[
  _type == "episode" && series->slug.current == $slug && number == $number
]) > 0`)
