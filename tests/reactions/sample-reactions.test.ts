/**
 * The sample reader reactions a fresh database imports with the bundled content: the store's own
 * parser reads every line unchanged, the whole file loads into a real SQLite store, every review
 * is about published content in the bundled dataset, and the audience score shows on the series
 * and its first two episodes while later episodes show "Not enough ratings yet".
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { loadDatasetFile } from '@/lib/content/dataset-loader'
import { isDraftId } from '@/lib/content/perspective'
import { DEFAULT_HELD_TERMS, holdReason } from '@/lib/reactions/hold-rules'
import { parseReactionRecords } from '@/lib/reactions/records'
import { openReactionStore, SAMPLE_REACTIONS_FILE } from '@/lib/reactions/store/open-store'
import { MINIMUM_RATINGS_FOR_AVERAGE, type ReactionRecord } from '@/lib/reactions/types'

const DATASET_FILE = path.resolve('sanity/seed/dataset.ndjson')
const SERIES = 'series-love-in-the-big-city'
const episode = (n: number) => `episode-love-in-the-big-city-${n}`

type SampleReview = Extract<ReactionRecord, { kind: 'readerReview' }>
type SampleVote = Extract<ReactionRecord, { kind: 'vote' }>
type SampleComment = Extract<ReactionRecord, { kind: 'comment' }>

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
  const text = readFileSync(SAMPLE_REACTIONS_FILE, 'utf8')
  const records = parseReactionRecords(text, SAMPLE_REACTIONS_FILE)
  const reviews = records.filter((record): record is SampleReview => record.kind === 'readerReview')
  const votes = records.filter((record): record is SampleVote => record.kind === 'vote')
  const comments = records.filter((record): record is SampleComment => record.kind === 'comment')
  const heldByRules = new Set(
    records.flatMap((record) =>
      record.kind === 'moderationAction' && record.action === 'held' && record.by === 'rules' ? [record.itemId] : [],
    ),
  )

  const dataset = new Map(loadDatasetFile(DATASET_FILE).documents.map((doc) => [doc._id, doc]))
  const subjectOf = (review: SampleReview) => {
    const doc = dataset.get(review.subject)
    if (!doc || isDraftId(doc._id) || (doc._type !== 'series' && doc._type !== 'episode')) return undefined
    return doc
  }

  const folder = mkdtempSync(path.join(tmpdir(), 'sample-reactions-'))
  afterAll(() => rmSync(folder, { recursive: true, force: true }))

  it('is read by the store parser without losing or changing a field', () => {
    const lines = text.replace(/\n$/, '').split('\n')
    expect(records).toEqual(lines.map((line) => JSON.parse(line)))
    const problems = reviews.flatMap((review) => [
      ...(review.ipHash === null ? [] : [`${review.id}: has an IP hash`]),
      ...(review.status === 'published' || heldByRules.has(review.id) ? [] : [`${review.id}: not published nor held`]),
      ...[review.title, review.body, review.name]
        .filter((field) => field.trim() !== field)
        .map((field) => `${review.id}: "${field.slice(0, 20)}" has surrounding whitespace`),
    ])
    expect(problems).toEqual([])
  })

  it('reviews published series and episodes of the bundled dataset, after they aired', () => {
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
      const words = `${review.title}\n${review.body}`
      return FIRST_SEEN_IN.filter(([first, pattern]) => first > seen && pattern.test(words)).map(
        ([first, pattern]) => `${review.id} (seen ${seen}) names "${words.match(pattern)?.[0]}" from episode ${first}`,
      )
    })
    expect(problems).toEqual([])
  })

  it('has each reader vote on other readers’ reviews only, after they were posted', () => {
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
  })

  it('holds exactly the posts the default rules hold, and records why', () => {
    const posts = [
      ...reviews.map((review) => ({
        id: review.id,
        status: review.status,
        texts: [review.title, review.body, review.name],
      })),
      ...comments.map((comment) => ({ id: comment.id, status: comment.status, texts: [comment.body, comment.name] })),
    ]
    const problems = posts.flatMap(({ id, status, texts }) => {
      const reason = holdReason(texts, DEFAULT_HELD_TERMS)
      if (status === 'pending') return reason && heldByRules.has(id) ? [] : [`${id}: pending without a rule holding it`]
      return reason ? [`${id}: published but the rules hold it (${reason})`] : []
    })
    expect(problems).toEqual([])
    expect(posts.filter((post) => post.status === 'pending').map((post) => post.id)).toEqual([
      'sample-review-held-01',
      'sample-comment-08',
    ])
  })

  it('discusses published reviews and articles, with replies one level deep under earlier comments', () => {
    const byId = new Map(comments.map((comment) => [comment.id, comment]))
    const problems = comments.flatMap((comment) => {
      const subject = dataset.get(comment.subject)
      if (!subject || isDraftId(subject._id) || (subject._type !== 'review' && subject._type !== 'article')) {
        return [`${comment.id}: ${comment.subject} is not a published review or article`]
      }
      const parent = comment.parent === null ? null : byId.get(comment.parent)
      return [
        ...(comment.parent !== null && !parent ? [`${comment.id}: unknown parent`] : []),
        ...(parent && (parent.parent !== null || parent.subject !== comment.subject)
          ? [`${comment.id}: replies to a reply or across subjects`]
          : []),
        ...(parent && time(parent.createdAt) >= time(comment.createdAt) ? [`${comment.id}: before its parent`] : []),
        ...(comment.aboutLaterEpisodes && typeof subject.lastEpisode !== 'number'
          ? [`${comment.id}: about later episodes of a subject without episodes`]
          : []),
      ]
    })
    expect(problems).toEqual([])
    expect(comments.some((comment) => comment.parent !== null && comment.body.startsWith('@'))).toBe(true)
  })

  it('loads whole into a new store: averages for the series and episodes 1-2, too few ratings elsewhere', async () => {
    const store = await openReactionStore({ sqliteFile: path.join(folder, 'sample.sqlite') })
    try {
      // Every record is new: no second vote by a reader on the same review, no repeated id.
      expect(await store.importRecords(records)).toBe(records.length)

      const subjects = [SERIES, ...[1, 2, 3, 4, 5, 6, 7, 8].map(episode)]
      const summaries = await store.summaries(subjects)
      for (const subject of [SERIES, episode(1), episode(2)]) {
        expect(summaries.get(subject)?.count).toBeGreaterThanOrEqual(MINIMUM_RATINGS_FOR_AVERAGE)
        expect(summaries.get(subject)?.average).not.toBeNull()
      }
      const rated = subjects.slice(3).map((subject) => summaries.get(subject)!)
      expect(rated.filter((summary) => summary.count > 0 && summary.average === null).length).toBeGreaterThan(0)

      const shown = await store.listReviews({ subject: SERIES, sort: 'helpful', limit: 100 })
      const onSeries = new Set(shown.map((review) => review.id))
      expect(shown.reduce((sum, review) => sum + review.helpful, 0)).toBe(
        votes.filter((vote) => vote.helpful && onSeries.has(vote.reviewId)).length,
      )
    } finally {
      await store.close()
    }
  })
})
