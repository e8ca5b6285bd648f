// @vitest-environment jsdom
import { describe, expect, it } from 'vitest'

import { ContentNotes } from '@/components/cards/ContentNotes'
import { CreditList } from '@/components/cards/CreditList'
import { ReviewCard } from '@/components/cards/ReviewCard'

import { render, spoken, texts } from './render'

describe('ContentNotes', () => {
  it('names each topic plainly with the editor’s detail', () => {
    const { doc } = render(
      <ContentNotes
        notes={[
          { _key: 'a', topic: 'hiv', detail: 'A diagnosis and its aftermath.' },
          { _key: 'b', topic: 'conversion-therapy' },
          { _key: 'c', topic: null },
        ]}
      />,
    )
    expect(doc.querySelector('h2')?.textContent).toBe('Content notes')
    expect(texts(doc.querySelectorAll('li'))).toEqual(['HIV: A diagnosis and its aftermath.', 'Conversion therapy'])
  })

  it('renders nothing for an episode without notes', () => {
    expect(render(<ContentNotes notes={[]} />).html).toBe('')
  })
})

describe('CreditList', () => {
  it('links each credited person and joins several names', () => {
    const { doc } = render(
      <CreditList
        credits={[
          {
            key: 'dir',
            label: 'Directed by',
            people: [
              { name: 'Son Tae-gyum', slug: 'son-tae-gyum' },
              { name: 'Hur Jin-ho', slug: 'hur-jin-ho' },
            ],
          },
          { key: 'empty', label: 'Written by', people: [] },
        ]}
      />,
    )
    expect(texts(doc.querySelectorAll('dt'))).toEqual(['Directed by'])
    expect(doc.querySelector('dd')?.textContent).toBe('Son Tae-gyum and Hur Jin-ho')
    expect(doc.querySelector('a[href="/people/hur-jin-ho"]')?.textContent).toBe('Hur Jin-ho')
  })

  it('puts consecutive credits of one role under a single term, each with its own note', () => {
    const { doc } = render(
      <CreditList
        credits={[
          { key: 'd1', label: 'Directed by', people: [{ name: 'Son Tae-gyum' }], note: 'Episodes 1–2' },
          { key: 'd2', label: 'Directed by', people: [{ name: 'Hur Jin-ho' }], note: 'Episodes 3–4' },
          { key: 'w1', label: 'Written by', people: [{ name: 'Park Sang-young' }] },
          { key: 'c1', label: 'Go Young', labelHref: '/x#a', people: [{ name: 'Nam Yoon-su' }] },
          { key: 'c2', label: 'Go Young', labelHref: '/x#b', people: [{ name: 'Someone Else' }] },
        ]}
      />,
    )
    // A <dl> names each term once (the Nu checker warns on a repeated one); linked labels stay apart.
    expect(texts(doc.querySelectorAll('dt'))).toEqual(['Directed by', 'Written by', 'Go Young', 'Go Young'])
    const directed = doc.querySelector('dt')!.parentElement!.querySelectorAll('dd')
    expect(texts(directed)).toEqual(['Son Tae-gyumEpisodes 1–2', 'Hur Jin-hoEpisodes 3–4'])
  })
})

describe('ReviewCard', () => {
  const review = {
    title: 'The finale',
    slug: 'the-finale',
    critic: { name: 'Mara Seo' },
    series: { title: 'City Hearts' },
  }

  it('names the kind of review and the episodes it covers', () => {
    const firstLook = { ...review, kind: 'first-impressions', firstEpisode: 1, lastEpisode: 2 } as const
    const { doc } = render(<ReviewCard review={firstLook} />)
    expect(doc.querySelector('.kicker')?.textContent).toBe('First impressions · Episodes 1–2')
  })

  it('names no episodes on a whole-series review', () => {
    const { doc } = render(<ReviewCard review={{ ...review, kind: 'series', firstEpisode: 1, lastEpisode: 8 }} />)
    expect(doc.querySelector('.kicker')?.textContent).toBe('Series review')
  })

  it('describes its link as the kind of review, by whom and when, for screen readers', () => {
    const episodeReview = { ...review, kind: 'episode', firstEpisode: 5, publishedAt: '2024-11-05T09:00:00Z' } as const
    const { doc } = render(<ReviewCard review={episodeReview} />)
    const link = doc.querySelector('h3 a')!
    const description = doc.getElementById(link.getAttribute('aria-describedby') ?? '')
    expect(description?.textContent).toBe('Episode review, by Mara Seo, published 5 November 2024')
    expect(description?.hidden).toBe(true)
    const seriesReview = render(<ReviewCard review={{ ...review, kind: 'series' }} />).doc
    const seriesLink = seriesReview.querySelector('h3 a')!
    expect(seriesReview.getElementById(seriesLink.getAttribute('aria-describedby') ?? '')?.textContent).toBe(
      'Series review, by Mara Seo',
    )
  })

  it('reads its score as one sentence', () => {
    const { doc } = render(<ReviewCard review={{ ...review, score: 9.3 }} />)
    expect(spoken(doc.querySelector('.score-badge')!)).toBe('Scored 9.3 out of 10: Must watch')
  })

  it('warns of full spoilers only', () => {
    const textOf = (spoilerLevel: 'full' | 'light') =>
      render(<ReviewCard review={{ ...review, spoilerLevel }} />).doc.body.textContent
    expect(textOf('full')).toContain('Full spoilers')
    expect(textOf('light')).not.toContain('spoilers')
  })
})
