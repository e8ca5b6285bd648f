// @vitest-environment jsdom
import { describe, expect, it } from 'vitest'

import { AspectMeters } from '@/components/score/AspectMeters'
import { EpisodeScoreChart } from '@/components/score/EpisodeScoreChart'
import { OverallScore } from '@/components/score/OverallScore'
import { ScoreHistory } from '@/components/score/ScoreHistory'

import { render, texts } from './render'

/** The text a meter's aria-describedby points to; it must be hidden, so it is not read twice as page text. */
function description(doc: Document, element: Element): string {
  const ids = element.getAttribute('aria-describedby')?.split(/\s+/) ?? []
  return ids
    .map((id) => {
      const target = doc.getElementById(id) as HTMLElement | null
      expect(target?.hidden, `#${id} is hidden`).toBe(true)
      return target?.textContent ?? ''
    })
    .join(' ')
}

const aspects = [
  { _key: 'a', aspect: 'Story', score: 9.2, verdict: 'Four chapters with weight.' },
  { _key: 'b', aspect: 'Acting', score: 9.6, verdict: 'A lead who carries it.' },
  { _key: 'c', aspect: 'Ending', score: 8.9, verdict: 'Quiet on purpose.' },
  { _key: 'd', aspect: 'Unscored', score: null, verdict: 'Left out.' },
]

// Deliberately out of order, as a query might return them if editors reorder.
const episodeScores = [
  { episode: 3, score: 9.1, episodeTitle: 'Three' },
  { episode: 1, score: 8.7, episodeTitle: 'One' },
  { episode: 2, score: 8.4, episodeTitle: 'Two' },
  { episode: 4, score: 9.5, episodeTitle: 'Four' },
  { episode: 5, score: 9.6, episodeTitle: 'Five' },
  { episode: 6, score: 9.0, episodeTitle: 'Six' },
  { episode: 7, score: 8.8, episodeTitle: 'Seven' },
  { episode: 8, score: 9.3, episodeTitle: 'Eight' },
]

describe('AspectMeters', () => {
  it('gives every scored aspect a native meter named by the aspect and described as "N out of 10"', () => {
    const { doc } = render(<AspectMeters aspects={aspects} />)
    const meters = Array.from(doc.querySelectorAll('meter'))
    expect(meters.map((m) => m.getAttribute('aria-label'))).toEqual(['Story', 'Acting', 'Ending'])
    expect(meters.map((m) => [m.getAttribute('min'), m.getAttribute('max'), m.getAttribute('value')])).toEqual([
      ['0', '10', '9.2'],
      ['0', '10', '9.6'],
      ['0', '10', '8.9'],
    ])
    expect(meters.map((m) => description(doc, m))).toEqual(['9.2 out of 10', '9.6 out of 10', '8.9 out of 10'])
  })

  it('prints each verdict and leaves out aspects without a score', () => {
    const { doc } = render(<AspectMeters aspects={aspects} />)
    const items = texts(doc.querySelectorAll('li'))
    expect(items[1]).toContain('Acting')
    expect(items[1]).toContain('9.6')
    expect(items[1]).toContain('A lead who carries it.')
    expect(doc.body.textContent).not.toContain('Unscored')
  })

  it('renders nothing when no aspect is scored', () => {
    expect(render(<AspectMeters aspects={[]} />).html).toBe('')
  })
})

describe('OverallScore', () => {
  it('shows the score to one decimal, its percentage and its band', () => {
    const { doc } = render(<OverallScore score={9.3} verdict="A rare adaptation." />)
    const text = doc.body.textContent ?? ''
    expect(text).toContain('9.3')
    expect(text).toContain('93% of a perfect 10')
    expect(text).toContain('Must watch')
    expect(text).toContain('A rare adaptation.')
    expect(doc.querySelector('[aria-label="9.3 out of 10"]')).not.toBeNull()
    const meter = doc.querySelector('meter')!
    expect(meter.getAttribute('aria-label')).toBe('Overall score')
    expect(description(doc, meter)).toBe('9.3 out of 10')
  })

  it('keeps the decimal on whole scores and bands lower scores differently', () => {
    const text = render(<OverallScore score={7} />).doc.body.textContent ?? ''
    expect(text).toContain('7.0')
    expect(text).toContain('70%')
    expect(text).toContain('Recommended')
    expect(text).not.toContain('Must watch')
  })
})

describe('EpisodeScoreChart', () => {
  const chart = () =>
    render(
      <EpisodeScoreChart seriesTitle="Love in the Big City" seriesSlug="love-in-the-big-city" scores={episodeScores} />,
    ).doc

  it('lists every episode and score in the data table, in episode order', () => {
    const rows = Array.from(chart().querySelectorAll('table tbody tr'))
    expect(rows).toHaveLength(8)
    const cells = rows.map((row) => [
      row.querySelector('th')?.textContent,
      row.querySelector('td')?.textContent?.replace(/\s+/g, ' ').trim(),
    ])
    expect(cells.map(([, score]) => score)).toEqual([
      '8.7 out of 10',
      '8.4 out of 10',
      '9.1 out of 10',
      '9.5 out of 10',
      '9.6 out of 10',
      '9.0 out of 10',
      '8.8 out of 10',
      '9.3 out of 10',
    ])
    expect(cells[0][0]).toBe('Episode 1: One')
    expect(rows[4].querySelector('a')?.getAttribute('href')).toBe('/series/love-in-the-big-city/episodes/5')
  })

  it('labels every bar of the SVG with its value, and names the chart with a title and description', () => {
    const doc = chart()
    const svg = doc.querySelector('svg')!
    const labels = texts(svg.querySelectorAll('[data-score-label]')).map((label) => label.replace(' ★', ''))
    expect(labels).toEqual(['8.7', '8.4', '9.1', '9.5', '9.6', '9.0', '8.8', '9.3'])
    expect(svg.querySelectorAll('rect')).toHaveLength(8)
    expect(svg.getAttribute('role')).toBe('img')
    const [titleId, descId] = (svg.getAttribute('aria-labelledby') ?? '').split(' ')
    expect(svg.querySelector(`title[id="${titleId}"]`)?.textContent).toBe('Episode scores for Love in the Big City')
    expect(svg.querySelector(`desc[id="${descId}"]`)?.textContent).toContain('Highest: episode 5 at 9.6')
    expect(svg.textContent).toContain('Score (out of 10)')
  })

  it('marks the top episode with a symbol as well as a colour', () => {
    const top = chart().querySelector('svg [data-episode="5"] [data-score-label]')
    expect(top?.textContent).toContain('★')
  })

  it('draws one bar per episode even when two reviews score the same episode', () => {
    const doc = render(
      <EpisodeScoreChart
        seriesTitle="X"
        scores={[
          { episode: 1, score: 8 },
          { episode: 1, score: 6 },
          { episode: 2, score: 7 },
        ]}
      />,
    ).doc
    expect(doc.querySelectorAll('svg rect')).toHaveLength(2)
    expect(texts(doc.querySelectorAll('tbody td:nth-child(2)'))).toEqual(['8.0 out of 10', '7.0 out of 10'])
  })

  it('links to the page listing every score instead of repeating them in a table, when there is one', () => {
    const doc = render(
      <EpisodeScoreChart
        seriesTitle="Love in the Big City"
        seriesSlug="love-in-the-big-city"
        scores={episodeScores}
        scoresListHref="/series/love-in-the-big-city/episodes"
      />,
    ).doc
    expect(doc.querySelector('table')).toBeNull()
    expect(doc.querySelectorAll('svg rect')).toHaveLength(8)
    expect(doc.querySelector('a[href="/series/love-in-the-big-city/episodes"]')?.textContent).toMatch(/episode guide/)
    expect(doc.querySelector('desc')?.textContent).toContain('Every score is also listed in the episode guide.')
  })

  it('skips episodes without a score and renders nothing without any', () => {
    const doc = render(
      <EpisodeScoreChart
        seriesTitle="X"
        scores={[
          { episode: 1, score: 8 },
          { episode: 2, score: null },
        ]}
      />,
    ).doc
    expect(doc.querySelectorAll('tbody tr')).toHaveLength(1)
    expect(render(<EpisodeScoreChart seriesTitle="X" scores={[]} />).html).toBe('')
  })
})

describe('ScoreHistory', () => {
  const firstImpressions = {
    kind: 'first-impressions',
    title: 'First look',
    slug: 'first-look',
    publishedAt: '2024-10-23T09:00:00Z',
    score: 8.9,
    firstEpisode: 1,
    lastEpisode: 2,
  }
  const final = {
    kind: 'series',
    title: 'Full review',
    slug: 'full-review',
    publishedAt: '2024-11-05T09:00:00Z',
    score: 9.3,
  }

  it('shows first impressions then the final verdict and says how the score moved', () => {
    const { doc } = render(<ScoreHistory reviews={[final, firstImpressions]} />)
    const stages = texts(doc.querySelectorAll('ol > li'))
    expect(stages[0]).toContain('First impressions')
    expect(stages[0]).toContain('8.9')
    expect(stages[0]).toContain('Episodes 1–2')
    expect(stages[1]).toContain('Final verdict')
    expect(stages[1]).toContain('9.3')
    expect(doc.body.textContent).toContain('Up 0.4 points from first impressions')
    expect(doc.querySelector('a[href="/reviews/first-look"]')).not.toBeNull()
  })

  it('renders nothing unless both stages exist', () => {
    expect(render(<ScoreHistory reviews={[final]} />).html).toBe('')
    expect(render(<ScoreHistory reviews={[firstImpressions]} />).html).toBe('')
  })
})
