/**
 * The comment, report and moderation half of the store contract, on SQLite and on a real
 * PostgreSQL 15 cluster: the same tests, the same answers.
 */
import { describe, expect, it } from 'vitest'
import { DEFAULT_HELD_TERMS } from '@/lib/reactions/hold-rules'
import type { KyselyReactionStore } from '@/lib/reactions/store/kysely-store'
import type { NewReaderComment, NewReaderReview } from '@/lib/reactions/store/store'
import type { ReactionRecord } from '@/lib/reactions/types'
import { useReactionStores } from '../support/reaction-stores'

const REVIEW = 'review-love-in-the-big-city-first-impressions'
const ARTICLE = 'article-trailer-released'
const at = (minute: number) => new Date(Date.UTC(2026, 0, 10, 12, minute)).toISOString()

function comment(overrides: Partial<NewReaderComment> = {}): NewReaderComment {
  return {
    subject: REVIEW,
    body: 'The rooftop scene carried the episode.',
    name: 'Hana',
    parent: null,
    aboutLaterEpisodes: false,
    readerId: 'reader-a',
    ipHash: 'hash-a',
    status: 'published',
    ...overrides,
  }
}

function readerReview(overrides: Partial<NewReaderReview> = {}): NewReaderReview {
  return {
    subject: 'series-love-in-the-big-city',
    rating: 3,
    title: 'Not for me',
    body: 'I found the pacing slow and the leads hard to like.',
    name: 'Min',
    containsSpoilers: false,
    episodesWatched: 2,
    readerId: 'reader-r',
    ipHash: 'hash-r',
    status: 'published',
    ...overrides,
  }
}

/** Every key of every object in a value, at any depth. */
function keysOf(value: unknown, keys = new Set<string>()): Set<string> {
  if (Array.isArray(value)) value.forEach((item) => keysOf(item, keys))
  else if (value && typeof value === 'object')
    for (const [key, inner] of Object.entries(value)) keysOf(inner, keys.add(key))
  return keys
}

describe.each(['sqlite', 'postgres'] as const)('comments and moderation in the store on %s', (dialect) => {
  const { freshStore } = useReactionStores(dialect)

  async function thread(store: KyselyReactionStore) {
    const first = await store.createComment(comment({ createdAt: at(1) }))
    const second = await store.createComment(comment({ name: 'Jiwoo', readerId: 'reader-b', createdAt: at(2) }))
    const reply = await store.createComment(
      comment({ parent: first.id, name: 'Jiwoo', readerId: 'reader-b', body: '@Hana agreed.', createdAt: at(3) }),
    )
    return { first, second, reply }
  }

  it('lists published threads oldest first with their published replies, per subject', async () => {
    const store = await freshStore()
    const { first, second, reply } = await thread(store)
    await store.createComment(comment({ parent: first.id, status: 'pending', createdAt: at(4) }))
    await store.createComment(comment({ subject: ARTICLE, createdAt: at(5) }))

    const threads = await store.listComments(REVIEW)
    expect(threads.map((item) => item.id)).toEqual([first.id, second.id])
    expect(threads[0]!.replies.map((item) => item.id)).toEqual([reply.id])
    expect(threads[0]!.replies[0]).toMatchObject({ body: '@Hana agreed.', parent: first.id, status: 'published' })
    expect(keysOf(threads).has('readerId')).toBe(false)
    expect(keysOf(threads).has('ipHash')).toBe(false)

    // A hidden parent takes its replies out of view with it.
    await store.setCommentStatus(first.id, 'hidden')
    expect((await store.listComments(REVIEW)).map((item) => item.id)).toEqual([second.id])
    expect(await store.listComments(ARTICLE)).toHaveLength(1)
  })

  it('refuses a reply to a comment that does not exist, at the database too', async () => {
    const store = await freshStore()
    await expect(store.createComment(comment({ parent: 'no-such-comment' }))).rejects.toThrow()
    expect(await store.listComments(REVIEW)).toEqual([])
  })

  it('edits a comment and knows whether a reader has anything published', async () => {
    const store = await freshStore()
    expect(await store.hasPublishedPost('reader-a')).toBe(false)
    const created = await store.createComment(comment({ status: 'pending' }))
    expect(await store.hasPublishedPost('reader-a')).toBe(false)
    const edited = await store.updateComment(created.id, { body: 'Changed my mind.', aboutLaterEpisodes: true })
    expect(edited).toMatchObject({ body: 'Changed my mind.', aboutLaterEpisodes: true, name: 'Hana' })
    await store.setCommentStatus(created.id, 'published')
    expect(await store.hasPublishedPost('reader-a')).toBe(true)
    await store.createReview(readerReview())
    expect(await store.hasPublishedPost('reader-r')).toBe(true)
    expect(await store.updateComment('missing', { body: 'x' })).toBeNull()
  })

  it('counts each reader once per item, and starts again once a moderator decides', async () => {
    const store = await freshStore()
    const { first } = await thread(store)
    const report = (readerId: string, reason: 'spam' | 'abuse' = 'spam') =>
      store.report({ itemId: first.id, itemKind: 'comment', readerId, ipHash: `ip-${readerId}`, reason })
    expect(await report('x')).toEqual({ counted: true, reporters: 1 })
    expect(await report('x', 'abuse')).toEqual({ counted: false, reporters: 1 })
    const concurrent = await Promise.all(['y', 'y', 'z'].map((reader) => report(reader, 'abuse')))
    expect(concurrent.filter((result) => result.counted)).toHaveLength(2)
    expect((await store.moderationItem(first.id))!.reports).toEqual({ spam: 1, abuse: 2 })

    await store.resolveReports(first.id)
    expect((await store.moderationItem(first.id))!.reportCount).toBe(0)
    expect(await report('w')).toEqual({ counted: true, reporters: 1 })
  })

  it('fills the queues with comments and reviews alike, never with who wrote them', async () => {
    const store = await freshStore()
    const { second, reply } = await thread(store)
    const pendingComment = await store.createComment(comment({ status: 'pending', createdAt: at(10) }))
    const pendingReview = await store.createReview(readerReview({ status: 'pending', createdAt: at(11) }))
    const review = await store.createReview(readerReview({ readerId: 'reader-s', createdAt: at(12) }))
    await store.report({ itemId: review.id, itemKind: 'readerReview', readerId: 'x', ipHash: null, reason: 'abuse' })
    await store.report({ itemId: second.id, itemKind: 'comment', readerId: 'x', ipHash: null, reason: 'spoiler' })

    const pending = await store.moderationQueue('pending', 10)
    expect(pending.map((item) => [item.kind, item.id])).toEqual([
      ['readerReview', pendingReview.id],
      ['comment', pendingComment.id],
    ])
    const reported = await store.moderationQueue('reported', 10)
    expect(reported.map((item) => item.id).sort()).toEqual([review.id, second.id].sort())
    expect(reported.find((item) => item.id === review.id)).toMatchObject({
      kind: 'readerReview',
      title: 'Not for me',
      reports: { abuse: 1 },
      reportCount: 1,
    })
    // Newest first across both kinds, cut at the limit.
    const recent = await store.moderationQueue('recent', 3)
    expect(recent.map((item) => item.id)).toEqual([review.id, reply.id, second.id])
    for (const queue of [pending, reported, recent]) {
      expect(keysOf(queue).has('readerId')).toBe(false)
      expect(keysOf(queue).has('ipHash')).toBe(false)
    }
  })

  it('keeps an item history in order and edits comments and reviews as a moderator', async () => {
    const store = await freshStore()
    const { first } = await thread(store)
    const review = await store.createReview(readerReview())
    await store.recordAction({ itemId: first.id, itemKind: 'comment', action: 'held', by: 'rules', createdAt: at(20) })
    await store.recordAction({
      itemId: first.id,
      itemKind: 'comment',
      action: 'approve',
      by: 'Mara',
      note: 'Fine.',
      createdAt: at(21),
    })
    expect((await store.history(first.id)).map((entry) => [entry.action, entry.by, entry.note])).toEqual([
      ['held', 'rules', null],
      ['approve', 'Mara', 'Fine.'],
    ])

    expect(await store.editItem(first.id, { body: 'Edited by a moderator.', spoilerFlag: true })).toMatchObject({
      kind: 'comment',
      body: 'Edited by a moderator.',
      spoilerFlag: true,
    })
    expect(await store.editItem(review.id, { title: 'Not for me (edited)' })).toMatchObject({
      kind: 'readerReview',
      title: 'Not for me (edited)',
      body: review.body,
    })
    expect(await store.editItem('missing', { body: 'x' })).toBeNull()
  })

  it('blocks an author by reader id and IP hash until the block ends', async () => {
    const store = await freshStore()
    const { first } = await thread(store)
    const now = new Date(Date.UTC(2026, 0, 10))
    const until = new Date(now.getTime() + 7 * 86_400_000).toISOString()
    const block = await store.blockAuthor({ itemId: first.id, until, reason: 'Spam', by: 'Mara' })
    expect(block).toMatchObject({ itemId: first.id, until, reason: 'Spam', by: 'Mara' })
    expect(keysOf(block).has('readerId')).toBe(false)

    expect(await store.activeBlock({ readerId: 'reader-a', ipHash: null }, now)).toMatchObject({ id: block!.id })
    expect(await store.activeBlock({ readerId: 'new-cookie', ipHash: 'hash-a' }, now)).toMatchObject({ id: block!.id })
    expect(await store.activeBlock({ readerId: 'reader-b', ipHash: 'hash-b' }, now)).toBeNull()
    expect(await store.activeBlock({ readerId: 'reader-a', ipHash: null }, new Date(until))).toBeNull()
    expect((await store.listBlocks(now)).map((item) => item.id)).toEqual([block!.id])

    expect(await store.endBlock(block!.id, now)).toBe(true)
    expect(await store.endBlock(block!.id, now)).toBe(false)
    expect(await store.activeBlock({ readerId: 'reader-a', ipHash: 'hash-a' }, now)).toBeNull()
    expect(await store.blockAuthor({ itemId: 'missing', until, reason: null, by: 'Mara' })).toBeNull()
  })

  it('starts with the default held terms and keeps an edited list, lower-cased and without repeats', async () => {
    const store = await freshStore()
    expect(await store.heldTerms()).toEqual([...DEFAULT_HELD_TERMS].sort())
    expect(await store.heldTermsChange()).toBeNull()
    await store.setHeldTerms(['Spoiler Alert', 'spoiler alert', ' 씨발 ', ''], 'Mara')
    expect(await store.heldTerms()).toEqual(['spoiler alert', '씨발'])
    expect(await store.heldTermsChange()).toMatchObject({ by: 'Mara', at: expect.any(String) })
    await store.setHeldTerms(['again'], 'Jun')
    expect((await store.heldTermsChange())?.by).toBe('Jun')
  })

  it('exports comments, reports, history, blocks and held terms, and imports them unchanged', async () => {
    const source = await freshStore()
    const { first, reply } = await thread(source)
    await source.report({ itemId: first.id, itemKind: 'comment', readerId: 'x', ipHash: null, reason: 'spam' })
    await source.recordAction({ itemId: first.id, itemKind: 'comment', action: 'hide', by: 'Mara' })
    await source.blockAuthor({ itemId: first.id, until: at(600), reason: null, by: 'Mara' })
    await source.setHeldTerms(['only this'])
    const records: ReactionRecord[] = []
    for await (const record of source.exportRecords()) records.push(record)
    const kinds = records.map((record) => record.kind)
    expect(kinds.filter((kind) => kind === 'comment')).toHaveLength(3)
    expect(new Set(kinds)).toEqual(new Set(['comment', 'report', 'moderationAction', 'readerBlock', 'heldTerm']))

    // Replies first in the file: the import still puts every parent in before its replies.
    const target = await freshStore()
    await target.setHeldTerms([])
    expect(await target.importRecords([...records].reverse())).toBe(records.length)
    expect(await target.importRecords(records)).toBe(0)
    expect(await target.getComment(reply.id)).toEqual(await source.getComment(reply.id))
    expect(await target.history(first.id)).toEqual(await source.history(first.id))
    expect(await target.moderationItem(first.id)).toEqual(await source.moderationItem(first.id))
    expect(await target.listBlocks(new Date(at(0)))).toEqual(await source.listBlocks(new Date(at(0))))
    expect(await target.heldTerms()).toEqual(['only this'])
  })
})
