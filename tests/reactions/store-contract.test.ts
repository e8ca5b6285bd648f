/**
 * One contract, two databases: every test runs on SQLite (node:sqlite, a temp file) and on a real
 * PostgreSQL 15 cluster started on a loopback port for this file.
 */
import { writeFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { formatReactionRecord } from '@/lib/reactions/records'
import type { NewReaderReview } from '@/lib/reactions/store/store'
import type { ReactionRecord } from '@/lib/reactions/types'
import { useReactionStores } from '../support/reaction-stores'

const SUBJECT = 'series-love-in-the-big-city'
const EPISODE = 'episode-love-in-the-big-city-1'

function draft(overrides: Partial<NewReaderReview> = {}): NewReaderReview {
  return {
    subject: SUBJECT,
    rating: 8,
    title: 'Warm and funny',
    body: 'A series that takes its time with its characters and earns it.',
    name: 'Reader',
    containsSpoilers: false,
    episodesWatched: 4,
    readerId: 'reader-a',
    ipHash: 'hash-a',
    status: 'published',
    ...overrides,
  }
}

describe.each(['sqlite', 'postgres'] as const)('reaction store on %s', (dialect) => {
  const { folder, newTarget, open, freshStore } = useReactionStores(dialect)

  it('creates its tables on first use and applies each migration once', async () => {
    const target = await newTarget()
    const first = await open(target)
    await first.createReview(draft())
    const again = await open(target)
    expect(await again.countReviews(SUBJECT)).toBe(1)
    expect(again.dialect).toBe(dialect)
  })

  it('stores a review and reads it back with every field', async () => {
    const store = await freshStore()
    const created = await store.createReview(draft({ containsSpoilers: true, episodesWatched: null }))
    expect(created).toMatchObject({
      subject: SUBJECT,
      rating: 8,
      containsSpoilers: true,
      episodesWatched: null,
      status: 'published',
      readerId: 'reader-a',
      ipHash: 'hash-a',
      helpful: 0,
      notHelpful: 0,
    })
    expect(Date.parse(created.createdAt)).not.toBeNaN()
    expect(await store.getReview(created.id)).toEqual(created)
    expect(await store.getReview('no-such-review')).toBeNull()
  })

  it('refuses a rating outside 1 to 10 at the database too', async () => {
    const store = await freshStore()
    await expect(store.createReview(draft({ rating: 11 as never }))).rejects.toThrow()
    expect(await store.countReviews(SUBJECT)).toBe(0)
  })

  it('updates what a reader may change and sets moderation status', async () => {
    const store = await freshStore()
    const { id } = await store.createReview(draft())
    const updated = await store.updateReview(id, { rating: 6, title: 'Second thoughts', containsSpoilers: true })
    expect(updated).toMatchObject({ rating: 6, title: 'Second thoughts', containsSpoilers: true, episodesWatched: 4 })
    expect(await store.updateReview('missing', { rating: 5 })).toBeNull()
    expect((await store.setStatus(id, 'hidden'))?.status).toBe('hidden')
    expect(await store.listReviews({ subject: SUBJECT, sort: 'newest', limit: 10 })).toEqual([])
    expect(await store.countReviews(SUBJECT)).toBe(0)
  })

  it('lists published reviews in each sort order, filtered by rating, paged', async () => {
    const store = await freshStore()
    const at = (day: number) => new Date(Date.UTC(2025, 0, day)).toISOString()
    const low = await store.createReview(draft({ rating: 3, createdAt: at(1), readerId: 'r1' }))
    const high = await store.createReview(draft({ rating: 10, createdAt: at(2), readerId: 'r2' }))
    const middle = await store.createReview(draft({ rating: 7, createdAt: at(3), readerId: 'r3' }))
    await store.createReview(draft({ rating: 9, status: 'pending', readerId: 'r4' }))
    await store.createReview(draft({ subject: EPISODE, rating: 9, readerId: 'r5' }))
    for (const voter of ['v1', 'v2', 'v3'])
      await store.vote({ reviewId: low.id, readerId: voter, ipHash: null, helpful: true })
    await store.vote({ reviewId: high.id, readerId: 'v1', ipHash: null, helpful: true })
    await store.vote({ reviewId: high.id, readerId: 'v2', ipHash: null, helpful: false })

    const ids = async (sort: 'helpful' | 'newest' | 'highest' | 'lowest', rating?: number) =>
      (await store.listReviews({ subject: SUBJECT, sort, rating: rating as never, limit: 10 })).map((r) => r.id)
    // Net helpful votes first (3, 0, 0), then helpful votes (high has 1, middle 0).
    expect(await ids('helpful')).toEqual([low.id, high.id, middle.id])
    expect(await ids('newest')).toEqual([middle.id, high.id, low.id])
    expect(await ids('highest')).toEqual([high.id, middle.id, low.id])
    expect(await ids('lowest')).toEqual([low.id, middle.id, high.id])
    expect(await ids('newest', 10)).toEqual([high.id])
    expect(await store.countReviews(SUBJECT)).toBe(3)
    expect(await store.countReviews(SUBJECT, 7)).toBe(1)

    const page2 = await store.listReviews({ subject: SUBJECT, sort: 'newest', limit: 2, offset: 2 })
    expect(page2.map((r) => r.id)).toEqual([low.id])
    const [first] = await store.listReviews({ subject: SUBJECT, sort: 'helpful', limit: 1 })
    expect(first).toMatchObject({ helpful: 3, notHelpful: 0 })
    expect(first).not.toHaveProperty('readerId')
    expect(first).not.toHaveProperty('ipHash')
  })

  it('summarizes ratings: count, histogram, and an average only from five ratings', async () => {
    const store = await freshStore()
    const ratings = [10, 9, 9, 8]
    for (const [index, rating] of ratings.entries())
      await store.createReview(draft({ rating: rating as never, readerId: `r${index}` }))
    await store.createReview(draft({ rating: 1, status: 'pending', readerId: 'held' }))
    const four = await store.summary(SUBJECT)
    expect(four).toMatchObject({ subject: SUBJECT, count: 4, average: null })
    expect(four.histogram).toEqual({ 1: 0, 2: 0, 3: 0, 4: 0, 5: 0, 6: 0, 7: 0, 8: 1, 9: 2, 10: 1 })

    await store.createReview(draft({ rating: 7, readerId: 'r5' }))
    // (10 + 9 + 9 + 8 + 7) / 5 = 8.6
    expect((await store.summary(SUBJECT)).average).toBe(8.6)
    await store.createReview(draft({ rating: 8, readerId: 'r6' }))
    // 51 / 6 = 8.5
    expect((await store.summary(SUBJECT)).average).toBe(8.5)

    const both = await store.summaries([SUBJECT, EPISODE, SUBJECT])
    expect([...both.keys()]).toEqual([SUBJECT, EPISODE])
    expect(both.get(EPISODE)).toMatchObject({ count: 0, average: null })
    expect((await store.summaries([])).size).toBe(0)
  })

  it('keeps one vote per reader per review: a second vote replaces the first', async () => {
    const store = await freshStore()
    const { id } = await store.createReview(draft())
    expect(await store.vote({ reviewId: id, readerId: 'v1', ipHash: 'h', helpful: true })).toEqual({
      helpful: 1,
      notHelpful: 0,
    })
    expect(await store.vote({ reviewId: id, readerId: 'v1', ipHash: 'h', helpful: true })).toEqual({
      helpful: 1,
      notHelpful: 0,
    })
    expect(await store.vote({ reviewId: id, readerId: 'v1', ipHash: 'h', helpful: false })).toEqual({
      helpful: 0,
      notHelpful: 1,
    })
    expect(await store.vote({ reviewId: id, readerId: 'v2', ipHash: 'h', helpful: true })).toEqual({
      helpful: 1,
      notHelpful: 1,
    })
    expect(await store.vote({ reviewId: 'missing', readerId: 'v1', ipHash: null, helpful: true })).toBeNull()
    const held = await store.createReview(draft({ status: 'pending' }))
    expect(await store.vote({ reviewId: held.id, readerId: 'v1', ipHash: null, helpful: true })).toBeNull()
  })

  it('counts concurrent votes exactly', async () => {
    const store = await freshStore()
    const { id } = await store.createReview(draft())
    // 100 readers vote at once, each changing their mind twice; the last vote of each is helpful iff odd.
    const readers = Array.from({ length: 100 }, (_, index) => index)
    await Promise.all(
      readers.map(async (reader) => {
        for (const helpful of [true, false, reader % 2 === 1])
          await store.vote({ reviewId: id, readerId: `v${reader}`, ipHash: null, helpful })
      }),
    )
    expect(await store.getReview(id)).toMatchObject({ helpful: 50, notHelpful: 50 })
  })

  it('limits hits per key in a sliding window shared through the database', async () => {
    const store = await freshStore()
    const start = new Date(Date.UTC(2026, 0, 1, 12, 0, 0))
    const later = (seconds: number) => new Date(start.getTime() + seconds * 1000)
    const results = []
    for (let hit = 0; hit < 6; hit++) results.push(await store.hitRateLimit('reviews:reader-a', 5, 3600, later(hit)))
    expect(results.map((result) => result.allowed)).toEqual([true, true, true, true, true, false])
    // Six hits an hour weigh four once a third of the next hour has passed, so a fifth is allowed then.
    expect(results[5]).toMatchObject({ hits: 6, retryAfterSeconds: 3600 - 5 + 1200 })
    expect((await store.hitRateLimit('reviews:reader-b', 5, 3600, later(10))).allowed).toBe(true)
    expect(await store.hitRateLimit('reviews:reader-a', 5, 3600, later(4800))).toMatchObject({ allowed: true, hits: 1 })

    // A burst at the end of one window gets no fresh allowance at the start of the next.
    for (let hit = 0; hit < 30; hit++)
      expect((await store.hitRateLimit('votes:edge', 30, 60, later(59))).allowed).toBe(true)
    expect((await store.hitRateLimit('votes:edge', 30, 60, later(60))).allowed).toBe(false)
    expect((await store.hitRateLimit('votes:edge', 30, 60, later(90))).allowed).toBe(true)

    const concurrent = await Promise.all(
      Array.from({ length: 40 }, () => store.hitRateLimit('votes:burst', 30, 60, start)),
    )
    expect(concurrent.filter((result) => result.allowed)).toHaveLength(30)
  })

  it('exports every review and vote, and imports them into another database unchanged', async () => {
    const source = await freshStore()
    const a = await source.createReview(draft())
    const b = await source.createReview(draft({ subject: EPISODE, readerId: 'reader-b', status: 'pending' }))
    await source.vote({ reviewId: a.id, readerId: 'reader-b', ipHash: 'hb', helpful: true })
    await source.vote({ reviewId: a.id, readerId: 'reader-c', ipHash: null, helpful: false })
    const records: ReactionRecord[] = []
    for await (const record of source.exportRecords()) records.push(record)
    expect(
      records
        .filter((record) => record.kind === 'readerReview')
        .map((record) => record.id)
        .sort(),
    ).toEqual([a.id, b.id].sort())
    expect(records.filter((record) => record.kind === 'vote')).toHaveLength(2)

    const target = await freshStore()
    expect(await target.importRecords(records)).toBe(4)
    expect(await target.importRecords(records)).toBe(0)
    expect(await target.getReview(a.id)).toEqual(await source.getReview(a.id))
    expect(await target.getReview(b.id)).toEqual(await source.getReview(b.id))
  })

  it('imports all or nothing: a vote for a missing review rolls the whole import back', async () => {
    const store = await freshStore()
    const review: ReactionRecord = {
      kind: 'readerReview',
      ...draft(),
      id: 'imported-1',
      createdAt: '2025-01-01T00:00:00.000Z',
      updatedAt: '2025-01-01T00:00:00.000Z',
    } as ReactionRecord
    const orphanVote: ReactionRecord = {
      kind: 'vote',
      reviewId: 'not-there',
      readerId: 'x',
      ipHash: null,
      helpful: true,
      createdAt: '2025-01-01T00:00:00.000Z',
      updatedAt: '2025-01-01T00:00:00.000Z',
    }
    await expect(store.importRecords([review, orphanVote])).rejects.toThrow()
    expect(await store.getReview('imported-1')).toBeNull()
  })

  it('loads the sample reactions once into a new database', async () => {
    const sampleFile = path.join(folder, `sample-${dialect}.ndjson`)
    const sample: ReactionRecord = {
      kind: 'readerReview',
      ...draft(),
      id: 'sample-1',
      createdAt: '2025-01-01T00:00:00.000Z',
      updatedAt: '2025-01-01T00:00:00.000Z',
    } as ReactionRecord
    writeFileSync(sampleFile, formatReactionRecord(sample) + '\n')
    const target = await newTarget()
    const first = await open(target, { withSample: true, sampleFile })
    expect(await first.countReviews(SUBJECT)).toBe(1)
    await first.setStatus('sample-1', 'deleted')
    // Opening again does not bring the deleted sample back.
    const again = await open(target, { withSample: true, sampleFile })
    expect(await again.countReviews(SUBJECT)).toBe(0)
  })
})
