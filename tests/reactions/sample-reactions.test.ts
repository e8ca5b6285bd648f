/**
 * The sample reader reactions a fresh database imports with the bundled content: every line is a
 * ReactionRecord the store accepts, about published content in the bundled dataset, and there is
 * enough of it for the series (and its first two episodes) to show an audience average on first
 * run while later episodes show "Not enough ratings yet".
 */
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { z } from 'zod'
import { loadDatasetFile } from '@/lib/content/dataset-loader'
import { isDraftId } from '@/lib/content/perspective'
import { MINIMUM_RATINGS_FOR_AVERAGE, RATINGS, REVIEW_LIMITS, type ReactionRecord } from '@/lib/reactions/types'

const SAMPLE_FILE = path.resolve('lib/reactions/sample-reactions.ndjson')
const DATASET_FILE = path.resolve('sanity/seed/dataset.ndjson')

const trimmedText = ({ min, max }: { min: number; max: number }) =>
  z
    .string()
    .min(min)
    .max(max)
    .refine((value) => value.trim() === value, 'has surrounding whitespace')
const utcTimestamp = z.iso.datetime()

const reviewRecord = z.strictObject({
  kind: z.literal('readerReview'),
  id: z.string().regex(/^sample-review-\d+$/),
  subject: z.string(),
  rating: z.literal(RATINGS),
  title: trimmedText(REVIEW_LIMITS.title),
  body: trimmedText(REVIEW_LIMITS.body),
  name: trimmedText(REVIEW_LIMITS.name),
  containsSpoilers: z.boolean(),
  episodesWatched: z.int().nullable(),
  status: z.literal('published'),
  createdAt: utcTimestamp,
  updatedAt: utcTimestamp,
  readerId: z.string().regex(/^sample-reader-\d+$/),
  ipHash: z.null(),
})
const voteRecord = z.strictObject({
  kind: z.literal('vote'),
  reviewId: z.string(),
  readerId: z.string().regex(/^sample-reader-\d+$/),
  ipHash: z.null(),
  helpful: z.boolean(),
  createdAt: utcTimestamp,
  updatedAt: utcTimestamp,
})
// Annotated so that a change to ReactionRecord the sample does not follow fails the typecheck.
const reactionRecord: z.ZodType<ReactionRecord> = z.discriminatedUnion('kind', [reviewRecord, voteRecord])

type SampleReview = z.infer<typeof reviewRecord>
type SampleVote = z.infer<typeof voteRecord>

// Words naming plot a viewer first meets in the given episode (from the dataset's synopses).
const FIRST_SEEN_IN: [episode: number, words: RegExp][] = [
  [2, /\b(pregnan\w*|abortion|joon-?ho|wedding|funeral|dies|died|killed|crash)\b/i],
  [3, /\b(yeong-?su|philosophy|jogger)\b/i],
  [4, /\b(cancer|conversion therapy|suicide|institute|album)\b/i],
  [5, /\b(gyu-?ho|hiv|toolbox|curtains)\b/i],
  [6, /\b(airport|thailand|mickey mouse|job abroad)\b/i],
  [7, /\b(habibi|mattress)\b/i],
  [8, /\b(bangkok|lantern|shanghai)\b/i],
]

const time = (iso: string) => new Date(iso).getTime()

describe('the bundled sample reactions', () => {
  const lines = readFileSync(SAMPLE_FILE, 'utf8').replace(/\n$/, '').split('\n')
  const parsed = lines.map((line, index) => ({ line: index + 1, result: reactionRecord.safeParse(JSON.parse(line)) }))
  const records = parsed.flatMap(({ result }) => (result.success ? [result.data] : []))
  const reviews = records.filter((record): record is SampleReview => record.kind === 'readerReview')
  const votes = records.filter((record): record is SampleVote => record.kind === 'vote')

  const dataset = new Map(loadDatasetFile(DATASET_FILE).documents.map((doc) => [doc._id, doc]))
  const subjectOf = (review: SampleReview) => {
    const doc = dataset.get(review.subject)
    if (!doc || isDraftId(doc._id) || (doc._type !== 'series' && doc._type !== 'episode')) return undefined
    return doc
  }

  it('holds one ReactionRecord per line', () => {
    const problems = parsed.flatMap(({ line, result }) =>
      result.success
        ? []
        : result.error.issues.map((issue) => `line ${line} ${issue.path.join('.')}: ${issue.message}`),
    )
    expect(problems).toEqual([])
    expect(reviews.length + votes.length).toBe(lines.length)
  })

  it('reviews published series and episodes of the bundled dataset, after they aired', () => {
    expect(new Set(reviews.map((review) => review.id)).size).toBe(reviews.length)
    const problems = reviews.flatMap((review) => {
      const subject = subjectOf(review)
      if (!subject) return [`${review.id}: ${review.subject} is not a published series or episode`]
      const aired = String(subject._type === 'series' ? subject.premiereDate : subject.airDate)
      const episodesWatchedFits =
        subject._type === 'series'
          ? review.episodesWatched !== null &&
            review.episodesWatched >= 1 &&
            review.episodesWatched <= Number(subject.episodeCount)
          : review.episodesWatched === null
      return [
        ...(episodesWatchedFits ? [] : [`${review.id}: episodesWatched ${review.episodesWatched}`]),
        ...(time(review.createdAt) >= time(aired) ? [] : [`${review.id}: written before ${aired}`]),
        ...(time(review.updatedAt) >= time(review.createdAt) ? [] : [`${review.id}: updated before it was written`]),
      ]
    })
    expect(problems).toEqual([])
  })

  it('tells no plot beyond the episodes its reader had seen', () => {
    const problems = reviews.flatMap((review) => {
      const subject = subjectOf(review)
      const seen = subject?._type === 'episode' ? Number(subject.number) : (review.episodesWatched ?? 0)
      const text = `${review.title}\n${review.body}`
      return FIRST_SEEN_IN.filter(([episode, words]) => episode > seen && words.test(text)).map(
        ([episode, words]) => `${review.id} (seen ${seen}) names ${text.match(words)?.[0]} from episode ${episode}`,
      )
    })
    expect(problems).toEqual([])
  })

  it('has votes on existing reviews, one per reader per review, never on their own, cast after the review', () => {
    const reviewsById = new Map(reviews.map((review) => [review.id, review]))
    const problems = votes.flatMap((vote) => {
      const review = reviewsById.get(vote.reviewId)
      if (!review) return [`${vote.readerId}: vote on unknown review ${vote.reviewId}`]
      return [
        ...(review.readerId === vote.readerId ? [`${vote.readerId}: votes on their own review ${review.id}`] : []),
        ...(time(vote.createdAt) > time(review.createdAt) ? [] : [`${vote.readerId}: voted before ${review.id}`]),
        ...(time(vote.updatedAt) >= time(vote.createdAt) ? [] : [`${vote.readerId}: vote updated before cast`]),
      ]
    })
    expect(problems).toEqual([])
    const pairs = votes.map((vote) => `${vote.reviewId} ${vote.readerId}`)
    expect(new Set(pairs).size).toBe(pairs.length)
  })

  it('gives the series and episodes 1-2 an average, and leaves some episodes short of one', () => {
    const ratings = (subject: string) => reviews.filter((review) => review.subject === subject).length
    expect(ratings('series-love-in-the-big-city')).toBeGreaterThanOrEqual(MINIMUM_RATINGS_FOR_AVERAGE)
    expect(ratings('episode-love-in-the-big-city-1')).toBeGreaterThanOrEqual(MINIMUM_RATINGS_FOR_AVERAGE)
    expect(ratings('episode-love-in-the-big-city-2')).toBeGreaterThanOrEqual(MINIMUM_RATINGS_FOR_AVERAGE)
    const shortOfAnAverage = [3, 4, 5, 6, 7, 8]
      .map((n) => ratings(`episode-love-in-the-big-city-${n}`))
      .filter((count) => count > 0 && count < MINIMUM_RATINGS_FOR_AVERAGE)
    expect(shortOfAnAverage.length).toBeGreaterThan(0)
  })
})
