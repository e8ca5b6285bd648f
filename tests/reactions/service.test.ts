/**
 * The reader write path end to end below HTTP: the service against a real SQLite store (a new
 * file per test) and real GROQ on a copy of the bundled dataset with one draft-only episode added.
 * Next's cache is replaced by a recorder of the tags it is asked to expire.
 */
import { appendFileSync, copyFileSync, cpSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { type AppEnv, readEnv } from '@/lib/env/schema'
import { waitInWords } from '@/lib/reactions/abuse'

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

const SERIES = 'series-love-in-the-big-city'
const EPISODE = 'episode-love-in-the-big-city-3'
const DRAFT_ONLY_EPISODE = 'episode-love-in-the-big-city-9'
const SECRET = 'service-test-secret-0123456789'
const START = Date.UTC(2026, 0, 10, 12)

const folder = mkdtempSync(path.join(tmpdir(), 'reactions-service-'))
const dataset = path.join(folder, 'dataset.ndjson')
copyFileSync('sanity/seed/dataset.ndjson', dataset)
// The dataset names its images relative to itself, as Sanity's export format does.
cpSync('sanity/seed/images', path.join(folder, 'images'), { recursive: true })
appendFileSync(
  dataset,
  JSON.stringify({
    _id: `drafts.${DRAFT_ONLY_EPISODE}`,
    _type: 'episode',
    number: 9,
    title: 'An episode that exists only as a draft',
    series: { _type: 'reference', _ref: SERIES },
  }) + '\n',
)
state.env = readEnv({ BUNDLED_DATASET_FILE: dataset, READER_COOKIE_SECRET: SECRET })

// Imported once the environment they read at load is in place.
const { openReactionStore } = await import('@/lib/reactions/store/open-store')
const { createReactionService, getReactionService } = await import('@/lib/reactions/service')
const { findReactionSubject } = await import('@/lib/reactions/subjects')
const { findCommentSubject } = await import('@/lib/reactions/comment-subjects')
const { commentsTag, reactionsTag } = await import('@/lib/reactions/read')
const { issueFormToken } = await import('@/lib/reactions/identity')

type Store = Awaited<ReturnType<typeof openReactionStore>>
let store: Store
let clock = START
let files = 0

async function serviceWith(
  options: { moderation?: 'post' | 'pre' | 'first-post'; secret?: string | null; reportsToHide?: number } = {},
) {
  files += 1
  store = await openReactionStore({ sqliteFile: path.join(folder, `reactions-${files}.sqlite`) })
  return createReactionService({
    store,
    secret: options.secret === undefined ? SECRET : options.secret,
    moderation: options.moderation ?? 'post',
    findSubject: findReactionSubject,
    findCommentSubject,
    revalidateSubject: (subject) => state.expired.push(`${reactionsTag(subject)} max`),
    revalidateComments: (subject) => state.expired.push(`${commentsTag(subject)} max`),
    reportsToHide: options.reportsToHide ?? 3,
    now: () => clock,
  })
}

const reader = { readerId: '6f1c8a52-3b7e-4d0a-9c55-2a61f0e4b7d1', ipHash: 'ip-hash-a' }
const json = { ...reader, fromForm: false }

function review(overrides: Record<string, unknown> = {}) {
  return {
    subject: SERIES,
    rating: 8,
    title: 'Four lives, one city',
    body: 'Each chapter changes its look with the year it is set in, and the lead holds all four together.',
    name: 'Mina',
    containsSpoilers: false,
    episodesWatched: 8,
    ...overrides,
  }
}

beforeEach(() => {
  clock = START
  state.expired.length = 0
})
afterEach(async () => store?.close())
afterAll(() => rmSync(folder, { recursive: true, force: true }))

describe('posting a review', () => {
  it('publishes it at once under the post policy and expires the pages showing its subject', async () => {
    const service = await serviceWith()
    const posted = await service.submitReview(review(), json)
    expect(posted.ok).toBe(true)
    if (!posted.ok) return
    expect(posted.value.review).toMatchObject({ subject: SERIES, rating: 8, status: 'published', helpful: 0 })
    expect(posted.value.review).not.toHaveProperty('readerId')
    expect(posted.value.subject.path).toBe('/series/love-in-the-big-city')
    expect(state.expired).toEqual([`reactions:${SERIES} max`])
    expect(await store.getReview(posted.value.review.id)).toMatchObject({
      readerId: reader.readerId,
      ipHash: 'ip-hash-a',
    })
    expect((await store.summary(SERIES)).count).toBe(1)
  })

  it('holds it as pending under the pre policy, shown nowhere and expiring nothing', async () => {
    const service = await serviceWith({ moderation: 'pre' })
    const posted = await service.submitReview(review({ subject: EPISODE, episodesWatched: undefined }), json)
    expect(posted.ok && posted.value.review.status).toBe('pending')
    expect(await store.countReviews(EPISODE)).toBe(0)
    expect(state.expired).toEqual([])
  })

  it('keeps the text plain: one kind of line break, no control characters, names on one line', async () => {
    const service = await serviceWith()
    const body = '  First line\r\nsecond line\u0000 with <b>tags</b> kept as typed.\r\n\r\nThird.  '
    const posted = await service.submitReview(review({ body, name: '  Mina \n Park ' }), json)
    expect(posted.ok).toBe(true)
    if (!posted.ok) return
    expect(posted.value.review.body).toBe('First line\nsecond line with <b>tags</b> kept as typed.\n\nThird.')
    expect(posted.value.review.name).toBe('Mina Park')
  })

  const long = (n: number) => 'a'.repeat(n)
  it.each([
    ['rating 0', { rating: 0 }, 'rating'],
    ['rating 11', { rating: 11 }, 'rating'],
    ['rating 7.5', { rating: 7.5 }, 'rating'],
    ['rating "x"', { rating: 'x' }, 'rating'],
    ['rating "7" as text', { rating: '7' }, 'rating'],
    ['no rating', { rating: undefined }, 'rating'],
    ['no title', { title: undefined }, 'title'],
    ['a blank title', { title: '   ' }, 'title'],
    ['a title of 121 characters', { title: long(121) }, 'title'],
    ['no body', { body: undefined }, 'body'],
    ['a body of 19 characters', { body: long(19) }, 'body'],
    ['a body of 5,001 characters', { body: long(5001) }, 'body'],
    ['no name', { name: undefined }, 'name'],
    ['a name of 61 characters', { name: long(61) }, 'name'],
    ['containsSpoilers "yes"', { containsSpoilers: 'yes' }, 'containsSpoilers'],
    ['episodesWatched -1', { episodesWatched: -1 }, 'episodesWatched'],
    ['episodesWatched 9 of 8', { episodesWatched: 9 }, 'episodesWatched'],
    ['episodesWatched on an episode', { subject: EPISODE, episodesWatched: 2 }, 'episodesWatched'],
    ['no subject', { subject: undefined }, 'subject'],
  ])('refuses %s with 400 naming the field, and stores nothing', async (_case, overrides, field) => {
    const service = await serviceWith()
    const posted = await service.submitReview(review(overrides), json)
    expect(posted).toMatchObject({ ok: false, problem: { status: 400, field } })
    if (!posted.ok) expect(posted.problem.error).toMatch(/\w+ .*\./)
    expect((await store.summary(SERIES)).count + (await store.summary(EPISODE)).count).toBe(0)
    expect(state.expired).toEqual([])
  })

  it.each([
    ['an unknown subject', 'series-no-such-series'],
    ['a draft-only episode', DRAFT_ONLY_EPISODE],
    ['the draft id of a published series', `drafts.${SERIES}`],
    ['a document that is not a series or episode', 'person-nam-yoon-su'],
  ])('answers 404 for %s', async (_case, subject) => {
    const service = await serviceWith()
    const posted = await service.submitReview(review({ subject, episodesWatched: undefined }), json)
    expect(posted).toMatchObject({ ok: false, problem: { status: 404, field: 'subject' } })
    expect((await store.summary(subject)).count).toBe(0)
  })

  it('accepts a series review from 0 to every episode watched, and an episode review without the field', async () => {
    const service = await serviceWith()
    for (const episodesWatched of [0, 8, null]) {
      expect((await service.submitReview(review({ episodesWatched }), json)).ok).toBe(true)
    }
    expect((await service.submitReview(review({ subject: EPISODE, episodesWatched: null }), json)).ok).toBe(true)
  })

  it('answers 503 and stores nothing when the server has no secret', async () => {
    const service = await serviceWith({ secret: null })
    expect(service.available).toBe(false)
    expect(await service.submitReview(review(), json)).toMatchObject({ ok: false, problem: { status: 503 } })
    expect(service.formToken()).toBeNull()
    expect((await store.summary(SERIES)).count).toBe(0)
  })
})

describe('form posts', () => {
  const form = (formToken: unknown, honeypot: unknown = '') => ({ ...reader, fromForm: true, formToken, honeypot })

  it('need a form token served at least 3 seconds and at most a day before', async () => {
    const service = await serviceWith()
    const served = issueFormToken(SECRET, START - 5_000)
    expect((await service.submitReview(review(), form(served))).ok).toBe(true)

    const cases: [unknown, RegExp][] = [
      [undefined, /not one this site served/],
      ['', /not one this site served/],
      [issueFormToken('another-secret-0123456789', START - 5_000), /not one this site served/],
      [served.replace(/^\d+/, String(START - 60_000)), /not one this site served/],
      [issueFormToken(SECRET, START - 1_000), /too fast/],
      [issueFormToken(SECRET, START - 25 * 60 * 60 * 1000), /more than a day old/],
    ]
    for (const [token, message] of cases) {
      const posted = await service.submitReview(review(), form(token))
      expect(posted).toMatchObject({ ok: false, problem: { status: 400, field: 'formToken' } })
      if (!posted.ok) expect(posted.problem.error).toMatch(message)
    }
    expect((await store.summary(SERIES)).count).toBe(1)
  })

  it('refuse a filled-in honeypot, from forms and JSON alike', async () => {
    const service = await serviceWith()
    const served = issueFormToken(SECRET, START - 5_000)
    const fromForm = await service.submitReview(review(), form(served, 'https://spam.example'))
    const fromJson = await service.submitReview(review(), { ...json, honeypot: 'x' })
    for (const posted of [fromForm, fromJson]) {
      expect(posted).toMatchObject({ ok: false, problem: { status: 400, field: 'website' } })
    }
    expect((await store.summary(SERIES)).count).toBe(0)
  })

  it('check a token a JSON client chooses to send', async () => {
    const service = await serviceWith()
    const posted = await service.submitReview(review(), { ...json, formToken: 'forged.token' })
    expect(posted).toMatchObject({ ok: false, problem: { status: 400, field: 'formToken' } })
  })
})

describe('rate limits', () => {
  it('allow 5 reviews an hour per reader, then answer 429 with the seconds to wait', async () => {
    const service = await serviceWith()
    for (let n = 0; n < 5; n++) {
      clock = START + n * 60_000
      expect((await service.submitReview(review(), { ...json, ipHash: `ip-${n}` })).ok).toBe(true)
    }
    const refused = await service.submitReview(review(), { ...json, ipHash: 'ip-new' })
    expect(refused).toMatchObject({ ok: false, problem: { status: 429 } })
    if (refused.ok) throw new Error('not refused')
    // The hour slides: the wait ends once enough of the five has slid out of it, within two hours.
    const wait = refused.problem.retryAfterSeconds ?? 0
    expect(wait).toBeGreaterThan(3600 - 4 * 60)
    expect(wait).toBeLessThan(2 * 3600)
    expect(refused.problem.error).toBe(
      `Too many reviews: at most 5 per hour. Try again in ${Math.ceil(wait / 60)} minutes.`,
    )
    expect((await store.summary(SERIES)).count).toBe(5)
    clock += wait * 1000
    expect((await service.submitReview(review(), json)).ok).toBe(true)
  })

  it('allow 5 reviews an hour per IP hash, whatever cookie each post carries', async () => {
    const service = await serviceWith()
    const someone = (n: number) => ({ ...json, readerId: `00000000-0000-4000-8000-00000000000${n}` })
    for (let n = 0; n < 5; n++) expect((await service.submitReview(review(), someone(n))).ok).toBe(true)
    expect(await service.submitReview(review(), someone(5))).toMatchObject({ ok: false, problem: { status: 429 } })
  })

  it('allow 60 votes a minute per reader', async () => {
    const service = await serviceWith()
    const posted = await service.submitReview(review(), json)
    if (!posted.ok) throw new Error('setup')
    const voter = { readerId: '9a4f0d6e-1111-4222-8333-444455556666', ipHash: null }
    for (let n = 0; n < 60; n++)
      expect((await service.vote(posted.value.review.id, { helpful: n % 2 === 0 }, voter)).ok).toBe(true)
    const refused = await service.vote(posted.value.review.id, { helpful: true }, voter)
    expect(refused).toMatchObject({ ok: false, problem: { status: 429 } })
    if (refused.ok) throw new Error('not refused')
    clock += (refused.problem.retryAfterSeconds ?? 0) * 1000
    expect((await service.vote(posted.value.review.id, { helpful: true }, voter)).ok).toBe(true)
  })
})

describe('waitInWords', () => {
  it('says seconds up to a minute and a half, then whole minutes rounded up', () => {
    expect([1, 2, 89, 90, 91, 3600, 4795].map(waitInWords)).toEqual([
      '1 second',
      '2 seconds',
      '89 seconds',
      '2 minutes',
      '2 minutes',
      '60 minutes',
      '80 minutes',
    ])
  })
})

describe('votes', () => {
  async function published() {
    const service = await serviceWith()
    const posted = await service.submitReview(review(), json)
    if (!posted.ok) throw new Error(posted.problem.error)
    state.expired.length = 0
    return { service, id: posted.value.review.id }
  }
  const voter = (n: number) => ({ readerId: `1b2c3d4e-0000-4000-8000-00000000000${n}`, ipHash: `voter-ip-${n}` })

  it('count once per reader: a second vote replaces the first', async () => {
    const { service, id } = await published()
    expect(await service.vote(id, { helpful: true }, voter(1))).toEqual({
      ok: true,
      value: { helpful: 1, notHelpful: 0 },
    })
    expect(await service.vote(id, { helpful: true }, voter(1))).toEqual({
      ok: true,
      value: { helpful: 1, notHelpful: 0 },
    })
    expect(await service.vote(id, { helpful: false }, voter(1))).toEqual({
      ok: true,
      value: { helpful: 0, notHelpful: 1 },
    })
    expect(await service.vote(id, { helpful: true }, voter(2))).toEqual({
      ok: true,
      value: { helpful: 1, notHelpful: 1 },
    })
    expect(state.expired).toEqual(Array(4).fill(`reactions:${SERIES} max`))
  })

  it('answer 404 for an unknown or unpublished review and 400 for a vote that is not true or false', async () => {
    const { service, id } = await published()
    expect(await service.vote('no-such-review', { helpful: true }, voter(1))).toMatchObject({
      ok: false,
      problem: { status: 404 },
    })
    for (const helpful of ['yes', 1, null, undefined]) {
      expect(await service.vote(id, { helpful }, voter(1))).toMatchObject({
        ok: false,
        problem: { status: 400, field: 'helpful' },
      })
    }
    await store.setStatus(id, 'hidden')
    expect(await service.vote(id, { helpful: true }, voter(1))).toMatchObject({ ok: false, problem: { status: 404 } })
    expect((await store.getReview(id))?.helpful).toBe(0)
  })
})

describe('editing and deleting', () => {
  async function posted(moderation: 'post' | 'pre' = 'post') {
    const service = await serviceWith({ moderation })
    const result = await service.submitReview(review(), json)
    if (!result.ok) throw new Error(result.problem.error)
    state.expired.length = 0
    return { service, id: result.value.review.id }
  }
  const stranger = { readerId: '2c3d4e5f-0000-4000-8000-000000000009', ipHash: null }

  it('lets the author change fields for 15 minutes, checked like a new post', async () => {
    const { service, id } = await posted()
    clock = START + 14 * 60_000
    const edited = await service.editReview(id, { rating: 6, title: 'Four lives, on second thought' }, reader)
    expect(edited).toMatchObject({
      ok: true,
      value: { rating: 6, title: 'Four lives, on second thought', name: 'Mina' },
    })
    expect(state.expired).toEqual([`reactions:${SERIES} max`])
    expect(await service.editReview(id, { rating: 11 }, reader)).toMatchObject({
      ok: false,
      problem: { status: 400, field: 'rating' },
    })
    expect(await service.editReview(id, { episodesWatched: 9 }, reader)).toMatchObject({
      ok: false,
      problem: { status: 400, field: 'episodesWatched' },
    })
    expect(await service.editReview(id, {}, reader)).toMatchObject({ ok: false, problem: { status: 400 } })
    expect((await store.getReview(id))?.rating).toBe(6)
  })

  it('refuses other readers and the author after the window', async () => {
    const { service, id } = await posted()
    expect(await service.editReview(id, { rating: 1 }, stranger)).toMatchObject({ ok: false, problem: { status: 403 } })
    expect(await service.deleteReview(id, stranger)).toMatchObject({ ok: false, problem: { status: 403 } })
    clock = START + 15 * 60_000 + 1
    expect(await service.editReview(id, { rating: 1 }, reader)).toMatchObject({ ok: false, problem: { status: 403 } })
    expect(await service.deleteReview(id, reader)).toMatchObject({ ok: false, problem: { status: 403 } })
    expect(await service.editReview('no-such-review', { rating: 1 }, reader)).toMatchObject({
      ok: false,
      problem: { status: 404 },
    })
    expect(await store.getReview(id)).toMatchObject({ rating: 8, status: 'published' })
  })

  it('deletes: the review leaves the lists and its page, and cannot be deleted twice', async () => {
    const { service, id } = await posted()
    expect(await service.deleteReview(id, reader)).toMatchObject({ ok: true })
    expect(state.expired).toEqual([`reactions:${SERIES} max`])
    expect(await store.countReviews(SERIES)).toBe(0)
    expect(await service.ownReview(id, stranger.readerId)).toBeNull()
    expect(await service.ownReview(id, reader.readerId)).toMatchObject({
      review: { status: 'deleted' },
      editableUntil: null,
    })
    expect(await service.deleteReview(id, reader)).toMatchObject({ ok: false, problem: { status: 404 } })
  })

  it('shows a pending review to its author only, and a published one to everyone', async () => {
    const pending = await posted('pre')
    expect(await pending.service.ownReview(pending.id, null)).toBeNull()
    expect(await pending.service.ownReview(pending.id, reader.readerId)).toMatchObject({
      isAuthor: true,
      editableUntil: START + 15 * 60_000,
      review: { status: 'pending' },
      subject: { kind: 'series', title: 'Love in the Big City' },
    })
    await store.close()
    const shown = await posted()
    expect(await shown.service.ownReview(shown.id, stranger.readerId)).toMatchObject({
      isAuthor: false,
      editableUntil: null,
    })
  })
})

describe('reading', () => {
  it('answers the summary and the sorted, filtered list of a published subject, and 404 for others', async () => {
    const service = await serviceWith()
    for (const [n, rating] of [8, 3, 10].entries()) {
      await service.submitReview(review({ rating }), { ...json, readerId: `3d4e5f60-0000-4000-8000-00000000000${n}` })
    }
    const summary = await service.summary({ subject: SERIES })
    expect(summary).toMatchObject({ ok: true, value: { subject: SERIES, count: 3, average: null } })
    const list = await service.listReviews({ subject: SERIES, sort: 'lowest' })
    expect(list.ok && list.value.reviews.map((item) => item.rating)).toEqual([3, 8, 10])
    expect(list.ok && list.value.total).toBe(3)
    const filtered = await service.listReviews({ subject: SERIES, rating: '10' })
    expect(filtered).toMatchObject({ ok: true, value: { sort: 'helpful', total: 1 } })
    expect(await service.listReviews({ subject: SERIES, sort: 'best' })).toMatchObject({
      ok: false,
      problem: { status: 400, field: 'sort' },
    })
    expect(await service.listReviews({ subject: SERIES, rating: '7.5' })).toMatchObject({
      ok: false,
      problem: { status: 400, field: 'rating' },
    })
    expect(await service.summary({ subject: DRAFT_ONLY_EPISODE })).toMatchObject({
      ok: false,
      problem: { status: 404 },
    })
    expect(await service.summary({})).toMatchObject({ ok: false, problem: { status: 400, field: 'subject' } })
  })
})

describe('the site service', () => {
  it('opens the configured store and expires pages through Next with the reactions tag', async () => {
    const sqliteFile = path.join(folder, 'site.sqlite')
    state.env = readEnv({
      BUNDLED_DATASET_FILE: dataset,
      READER_COOKIE_SECRET: SECRET,
      REACTIONS_SQLITE_FILE: sqliteFile,
    })
    const service = await getReactionService()
    const posted = await service.submitReview(review({ subject: EPISODE, episodesWatched: null }), json)
    expect(posted.ok).toBe(true)
    expect(state.expired).toEqual([`reactions:${EPISODE} max`])
    expect(await getReactionService()).toBe(service)
  })
})
