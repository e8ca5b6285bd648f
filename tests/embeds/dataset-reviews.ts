import { readFileSync } from 'node:fs'

interface RawReview {
  _id: string
  _type: string
  slug?: { current?: string }
  score?: number
  title?: string
  verdict?: string
  spoilerFreeTitle?: string
  spoilerFreeVerdict?: string
}

/** The bundled dataset's reviews read straight from the NDJSON, without GROQ: what the embeds must agree with. */
export function datasetReviews(file = 'sanity/seed/dataset.ndjson') {
  const documents = readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line) as RawReview)
    .filter((document) => document._type === 'review')
  const published = documents.filter((review) => !review._id.startsWith('drafts.'))
  const publishedIds = new Set(published.map((review) => review._id))
  return {
    scored: published.filter((review) => typeof review.score === 'number' && review.slug?.current),
    unscored: published.filter((review) => typeof review.score !== 'number'),
    draftOnly: documents.filter((review) => review._id.startsWith('drafts.') && !publishedIds.has(review._id.slice(7))),
  }
}
