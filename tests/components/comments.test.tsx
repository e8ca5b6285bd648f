// @vitest-environment jsdom
/** A comment thread as a cached page serves it: what every reader gets before (or without) JavaScript. */
import { describe, expect, it, vi } from 'vitest'

import { CommentThreads } from '@/components/comments/CommentThreads'
import { ReaderReviewCard } from '@/components/reactions/ReaderReviewCard'
import type { CommentThread, ReaderComment, ReaderReview } from '@/lib/reactions/types'

import { render, texts } from './render'

// The thread's forms call server actions; rendering never does.
vi.mock('@/lib/reactions/comment-actions', () => ({
  startReaderComment: vi.fn(),
  submitReaderComment: vi.fn(),
  editReaderComment: vi.fn(),
}))

const subject = {
  id: 'review-love-in-the-big-city-episode-3',
  path: '/reviews/love-in-the-big-city-episode-3',
  seriesSlug: 'love-in-the-big-city',
  laterEpisodesFrom: 4,
}

function comment(id: string, name: string, minute: number, body: string, extra: Partial<ReaderComment> = {}) {
  const createdAt = `2026-12-01T10:${String(minute).padStart(2, '0')}:00.000Z`
  return {
    id,
    subject: subject.id,
    parent: null,
    name,
    body,
    aboutLaterEpisodes: false,
    status: 'published' as const,
    createdAt,
    updatedAt: createdAt,
    ...extra,
  }
}

const threads: CommentThread[] = [
  {
    ...comment('c1', 'Mi Rae Kim', 0, 'The philosophy class is the best hour so far.'),
    replies: [
      comment('c2', 'Joon', 5, '@Mi Rae Kim agreed, and @Nobody did not. <script>alert(1)</script>', {
        parent: 'c1',
      }),
    ],
  },
  {
    ...comment('c3', 'Hye-jin', 10, 'Wait until episode 6: the ending flips it.', { aboutLaterEpisodes: true }),
    replies: [],
  },
]

describe('CommentThreads', () => {
  const { doc } = render(<CommentThreads subject={subject} threads={threads} />)
  const articles = Array.from(doc.querySelectorAll('article'))

  it('lists comments oldest first, numbered, with replies one level deep under theirs', () => {
    expect(articles.map((article) => article.id)).toEqual(['comment-c1', 'comment-c2', 'comment-c3'])
    expect(articles.map((article) => article.getAttribute('aria-label'))).toEqual([
      'Comment 1 by Mi Rae Kim',
      'Comment 1.1 by Joon',
      'Comment 2 by Hye-jin',
    ])
    const reply = doc.getElementById('comment-c2')!
    expect(reply.closest('ol')?.getAttribute('aria-label')).toBe('Replies to Mi Rae Kim')
  })

  it('gives every comment a permalink to its anchor and a readable, parseable time', () => {
    for (const article of articles) {
      expect(article.querySelector('a[href^="#comment-"]')?.getAttribute('href')).toBe(`#${article.id}`)
    }
    const time = articles[0].querySelector('time')!
    expect(time.getAttribute('datetime')).toBe('2026-12-01T10:00:00.000Z')
    expect(time.textContent).toBe('1 December 2026, 10:00 UTC')
  })

  it('links a mention to the mentioned comment and keeps unknown names and markup as text', () => {
    const reply = doc.getElementById('comment-c2')!
    const mentions = Array.from(reply.querySelectorAll('a[href="#comment-c1"]'))
    expect(texts(mentions)).toEqual(['@Mi Rae Kim'])
    expect(reply.querySelector('script')).toBeNull()
    expect(reply.textContent).toContain('@Nobody did not. <script>alert(1)</script>')
  })

  it('folds a comment about later episodes like a spoiler block of the next episode', () => {
    const later = doc.getElementById('comment-c3')!
    const block = later.querySelector('[role="group"]')!
    expect(block.getAttribute('aria-label')).toBe('Spoiler for episode 4')
    expect(block.getAttribute('data-spoiler-episode')).toBe('4')
    const panel = block.querySelector('[hidden]')!
    expect(panel.textContent).toContain('Wait until episode 6')
    expect(doc.getElementById('comment-c1')!.querySelector('[role="group"]')).toBeNull()
  })

  it('offers Reply and Report on every comment as plain links and forms', () => {
    const replies = articles.map((article) => article.querySelector('a[href^="/comments/new"]')?.getAttribute('href'))
    const write = (parent: string) => `/comments/new?subject=${subject.id}&parent=${parent}`
    expect(replies).toEqual([write('c1'), write('c1'), write('c3')])
    for (const article of articles) {
      const form = article.querySelector('form')!
      expect(form.getAttribute('method')).toBe('post')
      expect(form.getAttribute('action')).toBe('/api/reactions/reports')
      const reasons = Array.from(form.querySelectorAll<HTMLInputElement>('input[name="reason"]'))
      expect(reasons.map((input) => input.value)).toEqual(['spoiler', 'abuse', 'spam', 'off-topic'])
      const fields = Object.fromEntries(new FormData(form))
      expect(fields).toEqual({ item: article.id.replace('comment-', ''), returnTo: `${subject.path}#${article.id}` })
    }
    const entry = doc.querySelector('a[href^="/comments/new"]:not(article a)')
    expect(entry?.textContent).toBe('Write a comment')
    expect(entry?.getAttribute('href')).toBe(`/comments/new?subject=${subject.id}`)
  })
})

describe('ReaderReviewCard', () => {
  it('carries a Report control for the review when the page gives it a way back', () => {
    const review: ReaderReview = {
      id: 'rr-1',
      subject: 'series-love-in-the-big-city',
      rating: 8,
      title: 'Four loves',
      body: 'A city and a life, told in four very different chapters.',
      name: 'Seo',
      containsSpoilers: false,
      episodesWatched: null,
      status: 'published',
      createdAt: '2026-12-01T10:00:00.000Z',
      updatedAt: '2026-12-01T10:00:00.000Z',
      helpful: 0,
      notHelpful: 0,
    }
    const returnTo = '/series/love-in-the-big-city#reader-review-rr-1'
    const { doc } = render(
      <ReaderReviewCard review={review} seriesSlug={null} revealsUpTo={null} reportReturnTo={returnTo} />,
    )
    const form = doc.querySelector('form[action="/api/reactions/reports"]')!
    expect(Object.fromEntries(new FormData(form as HTMLFormElement))).toEqual({ item: 'rr-1', returnTo })
    const without = render(<ReaderReviewCard review={review} seriesSlug={null} revealsUpTo={null} />)
    expect(without.doc.querySelector('form')).toBeNull()
  })
})
