// @vitest-environment jsdom
import { describe, expect, it, vi } from 'vitest'

import { ReviewCard } from '@/components/cards/ReviewCard'
import { SeriesCard } from '@/components/cards/SeriesCard'
import { AudienceScore } from '@/components/reactions/AudienceScore'
import { ReaderReviewCard } from '@/components/reactions/ReaderReviewCard'
import { ReaderReviewList } from '@/components/reactions/ReaderReviewList'
import { ReaderReviewsSection } from '@/components/reactions/ReaderReviewsSection'
import { readerReviewRevealsUpTo, reviewAudienceSubject } from '@/lib/reactions/audience'
import type { AudienceSummary, RatingHistogram, ReaderReview } from '@/lib/reactions/types'

import { render, spoken, texts } from './render'

// next-sanity/image imports 'next/image' the way bundlers allow and plain Node ESM does not.
vi.mock('next-sanity/image', () => ({ Image: () => null }))

const slug = 'love-in-the-big-city'

function histogram(counts: Partial<Record<number, number>>): RatingHistogram {
  return Object.fromEntries(
    Array.from({ length: 10 }, (_, index) => [String(index + 1), counts[index + 1] ?? 0]),
  ) as RatingHistogram
}

// 2 x 10, 3 x 9, 1 x 8, 1 x 6: 7 ratings averaging 62 / 7 = 8.857...
const rated: AudienceSummary = {
  subject: 'series-1',
  count: 7,
  average: 8.9,
  histogram: histogram({ 10: 2, 9: 3, 8: 1, 6: 1 }),
}
const few: AudienceSummary = { subject: 'episode-1', count: 3, average: null, histogram: histogram({ 7: 2, 9: 1 }) }
const none: AudienceSummary = { subject: 'episode-2', count: 0, average: null, histogram: histogram({}) }

const review: ReaderReview = {
  id: 'r1',
  subject: 'series-1',
  rating: 8,
  title: 'Four loves, one city',
  body: 'Each chapter stands alone.\nSee https://example.com/spam for more.\n\n<b>Not bold</b> and the end.',
  name: 'Minji',
  containsSpoilers: false,
  episodesWatched: 5,
  status: 'published',
  createdAt: '2024-11-20T10:00:00.000Z',
  updatedAt: '2024-11-20T10:00:00.000Z',
  helpful: 3,
  notHelpful: 1,
}

describe('AudienceScore', () => {
  it('shows the average to one decimal, the number of ratings and a 1-10 table of how readers rated', () => {
    const { doc } = render(<AudienceScore summary={rated} />)
    const section = doc.querySelector('section')!
    expect(section.textContent).toContain('8.9')
    expect(section.textContent).toContain('out of 10, from 7 ratings')
    const table = doc.querySelector('table')!
    expect(table.querySelector('caption')?.textContent).toBe('How readers rated it')
    const rows = Array.from(table.querySelectorAll('tbody tr'), (row) => [
      row.querySelector('th[scope="row"]')?.textContent,
      ...texts(row.querySelectorAll('td')),
    ])
    expect(rows.map(([rating]) => rating)).toEqual(['10', '9', '8', '7', '6', '5', '4', '3', '2', '1'])
    // Counts and shares are text, not only bar lengths.
    expect(rows[0]).toEqual(['10', '29%', '2'])
    expect(rows[1]).toEqual(['9', '43%', '3'])
    expect(rows[4]).toEqual(['6', '14%', '1'])
    expect(rows[9]).toEqual(['1', '0%', '0'])
  })

  it('shows one decimal even for a whole average', () => {
    const { doc } = render(<AudienceScore summary={{ ...rated, average: 8 }} />)
    expect(doc.body.textContent).toContain('8.0')
  })

  it('under five ratings says so, shows the count, and gives away no average or spread', () => {
    const { doc } = render(<AudienceScore summary={few} />)
    expect(doc.body.textContent).toContain('Not enough ratings yet')
    expect(doc.body.textContent).toContain('3 ratings so far')
    expect(doc.querySelector('table')).toBeNull()
    // Even a stray average from a caller is not shown under the minimum.
    const stray = render(<AudienceScore summary={{ ...few, average: 7.7 }} />).doc
    expect(stray.body.textContent).not.toContain('7.7')
  })

  it('has a compact line for cards, with the count always there', () => {
    const line = (summary: AudienceSummary) =>
      spoken(render(<AudienceScore summary={summary} variant="compact" />).doc.body)
    expect(line(rated)).toBe('Readers: 8.9 out of 10 from 7 ratings')
    expect(line({ ...rated, count: 1, average: null })).toBe('Readers: not enough ratings yet (1 rating)')
    expect(line(few)).toBe('Readers: not enough ratings yet (3 ratings)')
    expect(line(none)).toBe('Readers: no ratings yet')
  })
})

describe('ReaderReviewCard', () => {
  it('shows the rating, title, name, date, episodes watched and helpful votes', () => {
    const { doc } = render(<ReaderReviewCard review={review} seriesSlug={slug} revealsUpTo={5} episodeCount={8} />)
    const article = doc.querySelector('article')!
    expect(article.id).toBe('reader-review-r1')
    expect(doc.querySelector('h3')?.textContent).toBe('Four loves, one city')
    expect(article.getAttribute('aria-labelledby')).toBe(doc.querySelector('h3')!.id)
    expect(spoken(article)).toContain('Rated 8 out of 10')
    expect(article.textContent).toContain('By Minji')
    expect(doc.querySelector('time')?.getAttribute('dateTime')).toBe('2024-11-20T10:00:00.000Z')
    expect(doc.querySelector('time')?.textContent).toBe('20 November 2024')
    expect(article.textContent).toContain('Had watched 5 of 8 episodes')
    expect(article.textContent).toContain('3 of 4 readers found this helpful')
  })

  it('prints the body as plain text: no markup, no links, paragraphs where the reader left a blank line', () => {
    const { doc } = render(<ReaderReviewCard review={review} seriesSlug={slug} revealsUpTo={5} />)
    expect(doc.querySelector('a')).toBeNull()
    expect(doc.querySelector('b')).toBeNull()
    const paragraphs = texts(doc.querySelectorAll('article > div p'))
    expect(paragraphs).toEqual([
      'Each chapter stands alone. See https://example.com/spam for more.',
      '<b>Not bold</b> and the end.',
    ])
  })

  it('marks a name in Korean script as Korean, for screen readers and fonts', () => {
    const { doc } = render(<ReaderReviewCard review={{ ...review, name: '서연' }} seriesSlug={slug} revealsUpTo={5} />)
    expect(doc.querySelector('[lang="ko"]')?.textContent).toBe('서연')
  })

  it('leaves the helpful counts to the vote buttons when given them', () => {
    const { doc } = render(
      <ReaderReviewCard
        review={review}
        seriesSlug={slug}
        revealsUpTo={5}
        actions={<button type="submit">Helpful</button>}
      />,
    )
    expect(doc.querySelector('footer button')?.textContent).toBe('Helpful')
    expect(doc.body.textContent).not.toContain('found this helpful')
  })

  it('folds a spoiler-flagged review like a spoiler block, with its title behind the spoiler shield', () => {
    const { doc } = render(
      <ReaderReviewCard review={{ ...review, containsSpoilers: true }} seriesSlug={slug} revealsUpTo={6} />,
    )
    const block = doc.querySelector('[role="group"][data-spoiler-episode="6"]')!
    expect(block.getAttribute('aria-label')).toBe('Spoiler for episode 6')
    const panel = doc.getElementById(block.querySelector('button')!.getAttribute('aria-controls')!)!
    expect(panel.hasAttribute('hidden')).toBe(true)
    expect(panel.textContent).toContain('Each chapter stands alone.')
    const title = doc.querySelector('h3 [data-reveals-episode]')!
    expect(title.getAttribute('data-reveals-episode')).toBe('6')
    expect(title.getAttribute('data-shield-series')).toBe(slug)
    expect(title.querySelector('[data-shielded-version="full"]')?.textContent).toBe('Four loves, one city')
    expect(doc.body.textContent).toContain('Contains spoilers')
  })

  it('leaves a review without the flag unfolded and unshielded', () => {
    const { doc } = render(<ReaderReviewCard review={review} seriesSlug={slug} revealsUpTo={6} />)
    expect(doc.querySelector('[data-reveals-episode]')).toBeNull()
    expect(doc.querySelector('[hidden]')).toBeNull()
  })
})

describe('readerReviewRevealsUpTo', () => {
  it('is the episode for an episode review, else what the reader had watched, else the whole series', () => {
    expect(readerReviewRevealsUpTo({ episodesWatched: null }, { episodeNumber: 3, episodeCount: 8 })).toBe(3)
    expect(readerReviewRevealsUpTo({ episodesWatched: 5 }, { episodeCount: 8 })).toBe(5)
    expect(readerReviewRevealsUpTo({ episodesWatched: 0 }, { episodeCount: 8 })).toBe(8)
    expect(readerReviewRevealsUpTo({ episodesWatched: null }, { episodeCount: 8 })).toBe(8)
    expect(readerReviewRevealsUpTo({ episodesWatched: null }, {})).toBeNull()
  })
})

describe('ReaderReviewsSection', () => {
  const reviews = [review, { ...review, id: 'r2', containsSpoilers: true, title: 'The ending' }]

  it('has the heading, the audience score, the reviews, the write slot and a link to them all', () => {
    const { doc } = render(
      <ReaderReviewsSection
        summary={rated}
        reviews={reviews}
        total={7}
        allReviewsHref="/series/love-in-the-big-city/reader-reviews"
        seriesSlug={slug}
        episodeCount={8}
        writeSlot={<p id="write">Write a review</p>}
        returnPath="/series/love-in-the-big-city"
      />,
    )
    expect(doc.querySelector('h2')?.textContent).toBe('Reader reviews')
    expect(doc.querySelector('[data-audience-score] h3')?.textContent).toBe('Audience score')
    expect(doc.getElementById('write')).not.toBeNull()
    expect(doc.querySelectorAll('li > article')).toHaveLength(2)
    const link = doc.querySelector('a[href="/series/love-in-the-big-city/reader-reviews"]')
    expect(link?.textContent).toBe('All 7 reader reviews')
    // A series review's spoilers reach as far as its reader had watched.
    expect(doc.querySelector('#reader-review-r2 [data-spoiler-episode]')?.getAttribute('data-spoiler-episode')).toBe(
      '5',
    )
  })

  it('shows the start of a long review, cut between words, with a link to the whole review, and votes', () => {
    const long = { ...review, id: 'long', body: `${'A sentence about the series. '.repeat(20)}The ending.` }
    const { doc } = render(
      <ReaderReviewsSection
        summary={rated}
        reviews={[long, review]}
        total={2}
        allReviewsHref="/x"
        seriesSlug={slug}
        returnPath="/series/love-in-the-big-city"
      />,
    )
    const [first, second] = doc.querySelectorAll('li > article')
    expect(first.textContent).not.toContain('The ending.')
    // Cut at the last word boundary within 300 characters: 10 sentences of 29, then 1 more word.
    expect(texts(first.querySelectorAll('div p'))[0]).toBe(`${'A sentence about the series. '.repeat(10)}A…`)
    const whole = first.querySelector('a[href="/reader-reviews/long"]')!
    expect(spoken(whole)).toBe('Read the whole review by Minji')
    expect(second.querySelector('a[href^="/reader-reviews/"]')).toBeNull()
    // Vote buttons post to the votes API and bring a reader without JavaScript back to the review.
    expect(first.querySelector('form')?.getAttribute('action')).toBe('/api/reactions/reviews/long/votes')
    expect(first.querySelector<HTMLInputElement>('input[name="returnTo"]')?.value).toBe(
      '/series/love-in-the-big-city#reader-review-long',
    )
    // Reporting is on the review's own page, one link away, not on these few.
    expect(doc.querySelector('form[action="/api/reactions/reports"]')).toBeNull()
    expect(doc.body.textContent).not.toContain('Report')
  })

  it('offers "Report" on every review of the all-reviews list', () => {
    const { doc } = render(
      <ReaderReviewList
        reviews={[{ ...review, truncated: false }]}
        seriesSlug={slug}
        returnPath="/series/love-in-the-big-city/reader-reviews"
      />,
    )
    const form = doc.querySelector('form[action="/api/reactions/reports"]')
    expect(form?.querySelector<HTMLInputElement>('input[name="returnTo"]')?.value).toBe(
      `/series/love-in-the-big-city/reader-reviews#reader-review-${review.id}`,
    )
  })

  it('on an episode page shields spoilers up to that episode, and says when there are no reviews', () => {
    const spoiler = render(
      <ReaderReviewsSection
        summary={few}
        reviews={[{ ...review, containsSpoilers: true, episodesWatched: null }]}
        total={1}
        allReviewsHref="/x"
        seriesSlug={slug}
        episodeNumber={4}
        episodeCount={8}
        returnPath="/x/4"
      />,
    ).doc
    expect(spoiler.querySelector('[data-spoiler-episode]')?.getAttribute('data-spoiler-episode')).toBe('4')
    expect(spoiler.querySelector('a[href="/x"]')?.textContent).toBe('All 1 reader review')

    const empty = render(
      <ReaderReviewsSection
        summary={none}
        reviews={[]}
        total={0}
        allReviewsHref="/x"
        seriesSlug={slug}
        returnPath="/x"
      />,
    ).doc
    expect(empty.body.textContent).toContain('No reader reviews yet.')
    expect(empty.querySelector('a')).toBeNull()
  })
})

describe('cards', () => {
  it('show the readers’ score of a series beside its facts, and of what a critic’s review reviews', () => {
    const series = { _id: 'series-1', title: 'City Hearts', slug: 'city-hearts', year: 2024 }
    expect(spoken(render(<SeriesCard series={series} audience={rated} />).doc.body)).toContain(
      'Readers: 8.9 out of 10 from 7 ratings',
    )
    expect(render(<SeriesCard series={series} />).doc.body.textContent).not.toContain('Readers')
    const card = render(<ReviewCard review={{ title: 'A review', score: 8.5 }} audience={few} />).doc
    expect(card.body.textContent).toContain('Readers: not enough ratings yet (3 ratings)')
  })

  it('take the series of a series review, the episode of an episode review, and nothing for other kinds', () => {
    const review = { series: { _id: 'series-1' }, episode: { _id: 'episode-5' } }
    expect(reviewAudienceSubject({ ...review, kind: 'series' })).toBe('series-1')
    expect(reviewAudienceSubject({ ...review, kind: 'episode' })).toBe('episode-5')
    expect(reviewAudienceSubject({ ...review, kind: 'first-impressions' })).toBeNull()
    expect(reviewAudienceSubject({ ...review, kind: 'ending-explained' })).toBeNull()
    expect(reviewAudienceSubject({ kind: 'episode', series: { _id: 'series-1' }, episode: null })).toBeNull()
  })
})
