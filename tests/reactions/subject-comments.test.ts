/**
 * What review and article pages read for their discussion: the thread from a real SQLite store
 * with the sample comments, the subject from real GROQ on the bundled dataset, and nothing at all
 * with READER_REACTIONS=off.
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest'
import { type AppEnv, readEnv } from '@/lib/env/schema'

const state = vi.hoisted(() => ({
  env: undefined as AppEnv | undefined,
  tags: [] as string[],
  sqliteFile: '',
  opened: [] as { close(): Promise<void> }[],
}))

vi.mock('next/cache', () => ({
  unstable_cache: <A extends unknown[], R>(
    read: (...args: A) => Promise<R>,
    _key: string[],
    options: { tags: string[] },
  ) => {
    state.tags.push(...options.tags)
    return read
  },
  revalidateTag: () => {},
}))
vi.mock('@/lib/env/server', async (importOriginal) => ({
  ...(await importOriginal<typeof import('@/lib/env/server')>()),
  get env() {
    return state.env
  },
}))
vi.mock('@/lib/reactions/store', async () => {
  const { openReactionStore } = await import('@/lib/reactions/store/open-store')
  return {
    getReactionStore: async () => {
      const store = await openReactionStore({ sqliteFile: state.sqliteFile }, { withSample: true })
      state.opened.push(store)
      return store
    },
  }
})

const folder = mkdtempSync(path.join(tmpdir(), 'subject-comments-'))

async function load(env: Record<string, string> = {}) {
  state.sqliteFile = path.join(folder, `${Math.random().toString(36).slice(2)}.sqlite`)
  state.env = readEnv({ READER_COOKIE_SECRET: 'subject-comments-secret-0123456789', ...env })
  state.tags.length = 0
  vi.resetModules()
  return (await import('@/lib/reactions/page-reads')).readSubjectComments
}

afterEach(async () => {
  await Promise.all(state.opened.splice(0).map((store) => store.close()))
})
afterAll(() => rmSync(folder, { recursive: true, force: true }))

describe('readSubjectComments', () => {
  it('reads the published threads of a review and tags the page with its comments', async () => {
    const read = await load()
    const found = await read('review-love-in-the-big-city-first-impressions', 8)
    expect(found?.subject).toEqual({
      id: 'review-love-in-the-big-city-first-impressions',
      path: '/reviews/love-in-the-big-city-first-impressions',
      seriesSlug: 'love-in-the-big-city',
      // It covers episodes 1 and 2: a comment about later ones is a spoiler from episode 3.
      laterEpisodesFrom: 3,
    })
    expect(found?.threads.map((thread) => [thread.id, thread.replies.map((reply) => reply.id)])).toEqual([
      ['sample-comment-01', ['sample-comment-02']],
      ['sample-comment-03', ['sample-comment-04']],
      ['sample-comment-05', []],
    ])
    expect(found?.total).toBe(5)
    expect(state.tags).toContain('comments:review-love-in-the-big-city-first-impressions')
  })

  it('never folds past the last episode, and asks nothing of articles', async () => {
    const read = await load()
    expect((await read('review-love-in-the-big-city-episode-8', 8))?.subject.laterEpisodesFrom).toBe(8)
    const article = await read('article-trailer-released', 8)
    expect(article?.subject).toMatchObject({ path: '/news/trailer-released', laterEpisodesFrom: null })
    // The held sample comment on episode 1 is not in its thread.
    expect((await read('review-love-in-the-big-city-episode-1', 8))?.threads.map((thread) => thread.id)).toEqual([
      'sample-comment-06',
    ])
  })

  it('has nothing for a draft-only review, and reads nothing when reader reactions are off', async () => {
    const read = await load()
    expect(await read('drafts.review-love-in-the-big-city-episode-4-second-opinion', 8)).toBeNull()
    const off = await load({ READER_REACTIONS: 'off' })
    expect(await off('review-love-in-the-big-city-first-impressions', 8)).toBeNull()
    expect(state.opened).toEqual([])
  })
})
