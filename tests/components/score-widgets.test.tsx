// @vitest-environment jsdom
import { describe, expect, it } from 'vitest'

import { AspectMeters } from '@/components/score/AspectMeters'
import { EpisodeScoreChart } from '@/components/score/EpisodeScoreChart'
import { OverallScore } from '@/components/score/OverallScore'
import { ScoreHistory } from '@/components/score/ScoreHistory'

import { render, spoken, texts } from './render'

/** A score meter as screen readers get it: its name, the score range it states, and its value in words. */
function meterReading(meter: Element) {
  return {
    name: meter.getAttribute('aria-label'),
    min: meter.getAttribute('aria-valuemin'),
    max: meter.getAttribute('aria-valuemax'),
    now: meter.getAttribute('aria-valuenow'),
    text: meter.getAttribute('aria-valuetext'),
  }
}

/** How far along its bar a meter's fill reaches, as the inline width the browser draws. */
function fillWidth(meter: Element): string | undefined {
  return (meter.querySelector('.score-meter-fill') as HTMLElement | null)?.style.width
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
  it('gives every scored aspect a meter named by the aspect, on the 0 to 10 scale, read as "N out of 10"', () => {
    const { doc } = render(<AspectMeters aspects={aspects} />)
    const meters = Array.from(doc.querySelectorAll('[role="meter"]'))
    expect(meters.map(meterReading)).toEqual([
      { name: 'Story', min: '0', max: '10', now: '9.2', text: '9.2 out of 10' },
      { name: 'Acting', min: '0', max: '10', now: '9.6', text: '9.6 out of 10' },
      { name: 'Ending', min: '0', max: '10', now: '8.9', text: '8.9 out of 10' },
    ])
  })

  it('draws the bars from 5, so aspects a few tenths apart look different, with a mark where each band begins', () => {
    const { doc } = render(<AspectMeters aspects={aspects} />)
    const meters = Array.from(doc.querySelectorAll('[role="meter"]'))
    expect(meters.map(fillWidth)).toEqual(['84%', '92%', '78%'])
    const marks = Array.from(meters[0].querySelectorAll<HTMLElement>('.score-meter-mark'), (mark) => mark.style.left)
    expect(marks).toEqual(['40%', '60%', '80%'])
  })

  it('says what the bars’ scale is and links to how we score', () => {
    const { doc } = render(<AspectMeters aspects={aspects} />)
    expect(doc.body.textContent).toContain(
      'Bars run from 5 to 10; the marks show where Recommended (7), Highly recommended (8) and Must watch (9) begin.',
    )
    expect(doc.querySelector('a[href="/how-we-score"]')?.textContent).toBe('How we score')
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
  it('shows the score to one decimal with its band, a meter, the verdict and how we score; no percentage', () => {
    const { doc } = render(<OverallScore score={9.3} verdict="A rare adaptation." />)
    const text = doc.body.textContent ?? ''
    expect(spoken(doc.body)).toContain('Scored 9.3 out of 10: Must watch')
    expect(text).toContain('A rare adaptation.')
    expect(text).not.toContain('%')
    expect(meterReading(doc.querySelector('[role="meter"]')!)).toEqual({
      name: 'Overall score',
      min: '0',
      max: '10',
      now: '9.3',
      text: '9.3 out of 10',
    })
    expect(doc.querySelector('a[href="/how-we-score"]')?.textContent).toBe('How we score')
  })

  it('keeps the decimal on whole scores and bands lower scores differently', () => {
    const { doc } = render(<OverallScore score={7} />)
    expect(spoken(doc.body)).toContain('Scored 7.0 out of 10: Recommended')
    expect(doc.body.textContent).not.toContain('70%')
    expect(doc.body.textContent).not.toContain('Must watch')
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

  it('links to how we score beside the summary', () => {
    expect(chart().querySelector('figure > p a[href="/how-we-score"]')?.textContent).toBe('How we score')
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
