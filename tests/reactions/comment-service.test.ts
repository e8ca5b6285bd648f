/**
 * Comments, reports and moderation below HTTP: the reader and moderation services against a real
 * SQLite store (a new file per test) and real GROQ on the bundled dataset, which holds a draft-only
 * review. Next's cache is replaced by a recorder of the tags it is asked to expire.
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { type AppEnv, readEnv } from '@/lib/env/schema'

const state = vi.hoisted(() => ({ env: undefined as AppEnv | undefined, expired: [] as string[] }))

vi.mock('next/cache', () => ({
  unstable_cache: <A extends unknown[], R>(read: (...args: A) => Promise<R>) => read,
  revalidateTag: (tag: string, profile: string) => state.expired.push(`${tag} ${profile}`),
}))
vi.mock('@/lib/env/server', async (importOriginal) => ({
  ...(await importOriginal<typeof import('@/lib/env/server')>()),
  get env() {
    return state.env
  },
}))

state.env = readEnv({ READER_COOKIE_SECRET: 'comment-service-secret-0123456789' })

const { openReactionStore } = await import('@/lib/reactions/store/open-store')
const { createReactionService } = await import('@/lib/reactions/service')
const { createModerationService, decisionsFor } = await import('@/lib/reactions/moderation-service')
const { findReactionSubject } = await import('@/lib/reactions/subjects')
const { findCommentSubject } = await import('@/lib/reactions/comment-subjects')

const FIRST_LOOK = 'review-love-in-the-big-city-first-impressions'
const EPISODE_REVIEW = 'review-love-in-the-big-city-episode-3'
const ARTICLE = 'article-trailer-released'
const DRAFT_ONLY_REVIEW = 'review-love-in-the-big-city-episode-4-second-opinion'
const SERIES = 'series-love-in-the-big-city'
const START = Date.UTC(2026, 0, 10, 12)

type Store = Awaited<ReturnType<typeof openReactionStore>>
const folder = mkdtempSync(path.join(tmpdir(), 'comment-service-'))
let store: Store
let clock = START
let files = 0

async function services(options: { moderation?: 'post' | 'pre' | 'first-post'; reportsToHide?: number } = {}) {
  files += 1
  store = await openReactionStore({ sqliteFile: path.join(folder, `reactions-${files}.sqlite`) })
  const expire = (prefix: string) => (subject: string) => state.expired.push(`${prefix}:${subject}`)
  const shared = { store, findSubject: findReactionSubject, findCommentSubject, now: () => clock }
  return {
    readers: createReactionService({
      ...shared,
      secret: 'comment-service-secret-0123456789',
      moderation: options.moderation ?? 'post',
      revalidateSubject: expire('reactions'),
      revalidateComments: expire('comments'),
      reportsToHide: options.reportsToHide ?? 3,
    }),
    moderators: createModerationService({
      ...shared,
      revalidateReviews: expire('reactions'),
      revalidateComments: expire('comments'),
    }),
  }
}

const reader = (n: number) => ({ readerId: `reader-${n}`, ipHash: `ip-${n}`, fromForm: false })
const alice = reader(1)

function draft(overrides: Record<string, unknown> = {}) {
  return { subject: FIRST_LOOK, body: 'The club scenes felt loud in the right way.', name: 'Hana', ...overrides }
}

async function post(readers: Awaited<ReturnType<typeof services>>['readers'], overrides = {}, who = alice) {
  const posted = await readers.submitComment(draft(overrides), who)
  if (!posted.ok) throw new Error(posted.problem.error)
  return posted.value.comment
}

beforeEach(() => {
  clock = START
  state.expired.length = 0
})
afterEach(async () => store?.close())
afterAll(() => rmSync(folder, { recursive: true, force: true }))

describe('posting a comment', () => {
  it('publishes it at once, keeps markup as text and expires the pages showing the subject', async () => {
    const { readers } = await services()
    const posted = await readers.submitComment(draft({ body: '<script>alert(1)</script> <b>bold</b>' }), alice)
    expect(posted.ok).toBe(true)
    if (!posted.ok) return
    expect(posted.value.comment).toMatchObject({
      subject: FIRST_LOOK,
      status: 'published',
      body: '<script>alert(1)</script> <b>bold</b>',
      parent: null,
    })
    expect(posted.value.comment).not.toHaveProperty('readerId')
    expect(posted.value.subject).toMatchObject({ path: '/reviews/love-in-the-big-city-first-impressions' })
    expect(state.expired).toEqual([`comments:${FIRST_LOOK}`])
    const listed = await readers.listComments({ subject: FIRST_LOOK })
    expect(listed.ok && listed.value.comments.map((thread) => thread.body)).toEqual([posted.value.comment.body])
  })

  it('takes replies one level deep, on the same subject', async () => {
    const { readers } = await services()
    const top = await post(readers)
    const reply = await post(readers, { parent: top.id, body: '@Hana agreed.', name: 'Jiwoo' }, reader(2))
    expect(reply.parent).toBe(top.id)

    const deeper = await readers.submitComment(draft({ parent: reply.id }), reader(3))
    expect(!deeper.ok && [deeper.problem.status, deeper.problem.field]).toEqual([400, 'parent'])
    const elsewhere = await readers.submitComment(draft({ subject: ARTICLE, parent: top.id }), reader(3))
    expect(!elsewhere.ok && [elsewhere.problem.status, elsewhere.problem.field]).toEqual([404, 'parent'])
    const unknown = await readers.submitComment(draft({ parent: 'no-such-comment' }), reader(3))
    expect(!unknown.ok && unknown.problem.status).toBe(404)
    const listed = await readers.listComments({ subject: FIRST_LOOK })
    expect(listed.ok && listed.value.total).toBe(2)
  })

  it.each([
    ['an unknown subject', { subject: 'review-that-does-not-exist' }, 404, 'subject'],
    ['a draft-only review', { subject: DRAFT_ONLY_REVIEW }, 404, 'subject'],
    ['a series, which takes reviews, not comments', { subject: SERIES }, 404, 'subject'],
    ['an empty body', { body: '   ' }, 400, 'body'],
    ['a body over 5,000 characters', { body: 'a'.repeat(5001) }, 400, 'body'],
    ['no name', { name: '' }, 400, 'name'],
    ['a later-episodes mark on an article', { subject: ARTICLE, aboutLaterEpisodes: true }, 400, 'aboutLaterEpisodes'],
    ['a parent that is not a string', { parent: 42 }, 400, 'parent'],
  ])('refuses %s and stores nothing', async (_case, overrides, status, field) => {
    const { readers } = await services()
    const posted = await readers.submitComment(draft(overrides), alice)
    expect(!posted.ok && [posted.problem.status, posted.problem.field]).toEqual([status, field])
    expect(await store.moderationQueue('recent', 10)).toEqual([])
    expect(await store.moderationQueue('pending', 10)).toEqual([])
  })

  it('takes a later-episodes mark on an episode review', async () => {
    const { readers } = await services()
    const comment = await post(readers, { subject: EPISODE_REVIEW, aboutLaterEpisodes: true })
    expect(comment.aboutLaterEpisodes).toBe(true)
  })
})

describe('rules that hold a post for a moderator', () => {
  it.each([
    ['a link', 'Free episodes at https://example.test/watch', 'Contains a link.'],
    ['a bare domain', 'All episodes at best-drama-streams.xyz', 'Contains a link.'],
    ['a held term', 'FUCK THIS TRASH SERIES', 'Contains a held term: "fuck".'],
  ])('holds a comment with %s and records why', async (_case, body, why) => {
    const { readers, moderators } = await services()
    const comment = await post(readers, { body })
    expect(comment.status).toBe('pending')
    expect(state.expired).toEqual([])
    const view = await moderators.item(comment.id)
    expect(view?.history.map((entry) => [entry.action, entry.by, entry.note])).toEqual([['held', 'rules', why]])
    expect((await moderators.queue('pending')).map((item) => item.id)).toEqual([comment.id])
  })

  it('holds a reader review by the same rules', async () => {
    const { readers } = await services()
    const posted = await readers.submitReview(
      {
        subject: SERIES,
        rating: 1,
        title: 'Gave up',
        body: 'What a shit way to end a story I cared about.',
        name: 'Min',
        episodesWatched: 4,
      },
      alice,
    )
    expect(posted.ok && posted.value.review.status).toBe('pending')
    expect((await store.summary(SERIES)).count).toBe(0)
  })

  it('lets through words that only contain a held term, and holds terms moderators add', async () => {
    const { readers, moderators } = await services()
    expect((await post(readers, { body: 'Shiitake and scunthorpe are fine.' })).status).toBe('published')
    expect((await moderators.setHeldTerms('fuck\n씨발\n', 'Mara')).ok).toBe(true)
    expect((await post(readers, { body: '이 드라마 씨발아 진짜' })).status).toBe('pending')
    expect((await post(readers, { body: 'a shit comment' })).status).toBe('published')
    expect((await moderators.heldTerms()).lastChange).toMatchObject({ by: 'Mara' })
  })

  it("holds a reader's first post under the first-post policy, not the ones after it is approved", async () => {
    const { readers, moderators } = await services({ moderation: 'first-post' })
    const first = await post(readers)
    expect(first.status).toBe('pending')
    expect((await moderators.act(first.id, { action: 'approve' }, 'Mara')).ok).toBe(true)
    expect((await post(readers)).status).toBe('published')
    expect((await post(readers, {}, reader(2))).status).toBe('pending')
  })

  it('holds every post under the pre policy', async () => {
    const { readers } = await services({ moderation: 'pre' })
    expect((await post(readers)).status).toBe('pending')
  })
})

describe('reports', () => {
  it('counts each reader once and hides the post at the threshold until a moderator restores it', async () => {
    const { readers, moderators } = await services({ reportsToHide: 2 })
    const comment = await post(readers)
    state.expired.length = 0
    const report = (who: ReturnType<typeof reader>, reason = 'abuse') =>
      readers.report({ item: comment.id, reason }, who)

    expect(await report(reader(2))).toEqual({ ok: true, value: { item: comment.id, counted: true, hidden: false } })
    expect(await report(reader(2), 'spam')).toEqual({
      ok: true,
      value: { item: comment.id, counted: false, hidden: false },
    })
    expect(state.expired).toEqual([])
    expect(await report(reader(3), 'spoiler')).toEqual({
      ok: true,
      value: { item: comment.id, counted: true, hidden: true },
    })
    expect(state.expired).toEqual([`comments:${FIRST_LOOK}`])
    const listed = await readers.listComments({ subject: FIRST_LOOK })
    expect(listed.ok && listed.value.total).toBe(0)

    const reported = await moderators.queue('reported')
    expect(reported.map((item) => [item.id, item.status, item.reports])).toEqual([
      [comment.id, 'hidden', { abuse: 1, spoiler: 1 }],
    ])
    // A hidden post cannot be reported again.
    expect((await report(reader(4))).ok).toBe(false)

    const restored = await moderators.act(comment.id, { action: 'restore', note: 'Not abusive.' }, 'Mara')
    expect(restored.ok && restored.value).toMatchObject({ status: 'published', reportCount: 0 })
    expect(await moderators.queue('reported')).toEqual([])
    expect((await moderators.item(comment.id))?.history.map((entry) => [entry.action, entry.by])).toEqual([
      ['hidden-by-reports', 'reports'],
      ['restore', 'Mara'],
    ])
    // After a decision it takes a new round of reports to hide it again.
    expect((await report(reader(5))).ok && (await report(reader(6))).ok).toBe(true)
    expect((await store.getComment(comment.id))?.status).toBe('hidden')
  })

  it('hides a reported reader review and takes its rating out of the audience score', async () => {
    const { readers } = await services({ reportsToHide: 1 })
    const posted = await readers.submitReview(
      {
        subject: SERIES,
        rating: 2,
        title: 'Dull',
        body: 'Slow and repetitive for me, sorry.',
        name: 'Min',
        episodesWatched: 2,
      },
      alice,
    )
    if (!posted.ok) throw new Error(posted.problem.error)
    expect((await store.summary(SERIES)).count).toBe(1)
    const reported = await readers.report({ item: posted.value.review.id, reason: 'spam' }, reader(2))
    expect(reported.ok && reported.value.hidden).toBe(true)
    expect((await store.summary(SERIES)).count).toBe(0)
  })

  it.each([
    ['an unknown item', { item: 'nothing-here', reason: 'spam' }, 404],
    ['an unknown reason', { reason: 'boring' }, 400],
    ['no reason', { reason: undefined }, 400],
  ])('refuses %s and records nothing', async (_case, overrides, status) => {
    const { readers } = await services()
    const comment = await post(readers)
    const reported = await readers.report({ item: comment.id, ...overrides }, reader(2))
    expect(!reported.ok && reported.problem.status).toBe(status)
    expect((await store.moderationItem(comment.id))?.reportCount).toBe(0)
  })
})

describe('editing and deleting your own comment', () => {
  it('lets the author edit and delete for 15 minutes, and nobody else ever', async () => {
    const { readers } = await services()
    const comment = await post(readers)
    expect((await readers.editComment(comment.id, { body: 'Edited.' }, reader(2))).ok).toBe(false)
    const edited = await readers.editComment(comment.id, { body: 'Edited.' }, alice)
    expect(edited.ok && edited.value.body).toBe('Edited.')
    expect((await readers.ownComment(comment.id, alice.readerId))?.editableUntil).toBe(
      Date.parse(comment.createdAt) + 15 * 60_000,
    )
    expect((await readers.ownComment(comment.id, reader(2).readerId))?.isAuthor).toBe(false)

    clock = START + 15 * 60_000 + 1
    const late = await readers.deleteComment(comment.id, alice)
    expect(!late.ok && late.problem.status).toBe(403)
    clock = START + 60_000
    expect((await readers.deleteComment(comment.id, alice)).ok).toBe(true)
    expect(await readers.ownComment(comment.id, alice.readerId)).toBeNull()
    const listed = await readers.listComments({ subject: FIRST_LOOK })
    expect(listed.ok && listed.value.total).toBe(0)
  })

  it('holds a comment again when an edit adds a link', async () => {
    const { readers, moderators } = await services()
    const comment = await post(readers)
    const edited = await readers.editComment(comment.id, { body: 'Now see www.example.test' }, alice)
    expect(edited.ok && edited.value.status).toBe('pending')
    expect((await moderators.item(comment.id))?.history.map((entry) => entry.action)).toEqual(['held'])
  })
})

describe('moderation', () => {
  it('approves, hides, restores and rejects, recording each decision and expiring the page', async () => {
    const { readers, moderators } = await services({ moderation: 'pre' })
    const comment = await post(readers)
    state.expired.length = 0
    for (const action of ['approve', 'hide', 'restore', 'reject'] as const) {
      const done = await moderators.act(comment.id, { action, note: `${action} it` }, 'Mara')
      expect(done.ok).toBe(true)
    }
    expect(state.expired).toEqual(Array(4).fill(`comments:${FIRST_LOOK}`))
    const view = await moderators.item(comment.id)
    expect(view?.item.status).toBe('rejected')
    expect(view?.history.map((entry) => [entry.action, entry.by, entry.note])).toEqual([
      ['approve', 'Mara', 'approve it'],
      ['hide', 'Mara', 'hide it'],
      ['restore', 'Mara', 'restore it'],
      ['reject', 'Mara', 'reject it'],
    ])
    expect(view).toMatchObject({ subjectPath: '/reviews/love-in-the-big-city-first-impressions' })
  })

  it('refuses a decision that does not fit the post', async () => {
    const { readers, moderators } = await services()
    const comment = await post(readers)
    const approve = await moderators.act(comment.id, { action: 'approve' }, 'Mara')
    expect(!approve.ok && approve.problem.status).toBe(400)
    const unknown = await moderators.act(comment.id, { action: 'delete' }, 'Mara')
    expect(!unknown.ok && unknown.problem.field).toBe('action')
    expect((await moderators.act('nothing', { action: 'hide' }, 'Mara')).ok).toBe(false)
    const titled = await moderators.act(comment.id, { action: 'edit', title: 'A title' }, 'Mara')
    expect(!titled.ok && titled.problem.field).toBe('title')
    expect(await moderators.item(comment.id)).toMatchObject({ history: [] })
  })

  it('edits a spoiler out and marks it, keeping the record', async () => {
    const { readers, moderators } = await services()
    const comment = await post(readers, { subject: EPISODE_REVIEW, body: 'He dies in episode 8.' })
    const edited = await moderators.act(
      comment.id,
      { action: 'edit', body: '[spoiler removed by a moderator]', spoilerFlag: true, note: 'Ending spoiler.' },
      'Mara',
    )
    expect(edited.ok && edited.value).toMatchObject({ body: '[spoiler removed by a moderator]', spoilerFlag: true })
    expect((await moderators.item(comment.id))?.history.map((entry) => [entry.action, entry.note])).toEqual([
      ['edit', 'Ending spoiler.'],
    ])
  })

  it('blocks an author for a period: no posting from that cookie or address until it ends', async () => {
    const { readers, moderators } = await services()
    const comment = await post(readers)
    expect((await moderators.act(comment.id, { action: 'block', days: 2, note: 'Spam run.' }, 'Mara')).ok).toBe(true)

    const sameCookie = await readers.submitComment(draft(), alice)
    expect(!sameCookie.ok && sameCookie.problem.status).toBe(403)
    const newCookieSameAddress = await readers.submitComment(draft(), { ...reader(9), ipHash: alice.ipHash })
    expect(!newCookieSameAddress.ok && newCookieSameAddress.problem.status).toBe(403)
    expect((await readers.submitComment(draft(), reader(2))).ok).toBe(true)

    const [block] = await moderators.blocks()
    expect(block).toMatchObject({ itemId: comment.id, reason: 'Spam run.', by: 'Mara' })
    expect((await moderators.item(comment.id))?.history.at(-1)).toMatchObject({
      action: 'block',
      note: 'For 2 days: Spam run.',
    })

    clock = START + 2 * 86_400_000 + 1
    expect((await readers.submitComment(draft(), alice)).ok).toBe(true)
  })

  it('ends a block early', async () => {
    const { readers, moderators } = await services()
    const comment = await post(readers)
    await moderators.act(comment.id, { action: 'block' }, 'Mara')
    const [block] = await moderators.blocks()
    expect((await moderators.endBlock(block!.id, 'Mara')).ok).toBe(true)
    expect(await moderators.blocks()).toEqual([])
    expect((await moderators.endBlock(block!.id, 'Mara')).ok).toBe(false)
    expect((await readers.submitComment(draft(), alice)).ok).toBe(true)
  })

  it('limits sign-in attempts per address, and from all addresses together', async () => {
    const { moderators } = await services()
    for (let attempt = 0; attempt < 10; attempt++) expect(await moderators.signInLimit('ip-x')).toBeNull()
    expect(await moderators.signInLimit('ip-x')).toMatchObject({ status: 429 })
    expect(await moderators.signInLimit('ip-y')).toBeNull()
    // A new address for every attempt (a forged X-Forwarded-For without a proxy) meets the site-wide cap.
    const spread = await Promise.all(Array.from({ length: 100 }, (_, n) => moderators.signInLimit(`ip-${n}`)))
    expect(spread.filter((refused) => refused?.status === 429).length).toBeGreaterThan(0)
  })

  it('offers only the decisions that fit a post in each state', async () => {
    expect(decisionsFor('pending')).toEqual(['approve', 'reject', 'hide', 'edit', 'block'])
    expect(decisionsFor('published')).toEqual(['reject', 'hide', 'edit', 'block'])
    expect(decisionsFor('hidden')).toEqual(['reject', 'restore', 'edit', 'block'])
    expect(decisionsFor('rejected')).toEqual(['restore', 'edit', 'block'])
  })
})
