import type { ReactElement } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import { describe, expect, it } from 'vitest'
import { ScoreBadge } from '@/components/score/ScoreBadge'

/** The badge as a reader's browser and screen reader get it: visible text and accessible labels. */
function render(element: ReactElement) {
  const html = renderToStaticMarkup(element)
  return {
    html,
    visibleText: html
      .replace(/<[^>]+>/g, ' ')
      .replace(/\s+/g, ' ')
      .trim(),
    ariaLabels: [...html.matchAll(/aria-label="([^"]*)"/g)].map((match) => match[1]),
    attribute: (name: string) => new RegExp(`${name}="([^"]*)"`).exec(html)?.[1],
  }
}

describe('ScoreBadge', () => {
  it('shows the score to one decimal with its band', () => {
    expect(render(<ScoreBadge score={9.3} />).visibleText).toBe('9.3 Must watch')
  })

  it('is announced as a score out of ten', () => {
    const badge = render(<ScoreBadge score={9.3} />)
    expect(badge.ariaLabels).toEqual(['9.3 out of 10'])
    expect(badge.html).toContain('role="img"')
  })

  it('shows 9 as 9.0 and announces the same number it shows', () => {
    const badge = render(<ScoreBadge score={9} />)
    expect(badge.visibleText).toBe('9.0 Must watch')
    expect(badge.ariaLabels).toEqual(['9.0 out of 10'])
  })

  it('colours by band, so a low score does not look like a recommendation', () => {
    const mustWatch = render(<ScoreBadge score={9.3} />)
    const skip = render(<ScoreBadge score={3.1} />)
    expect(mustWatch.attribute('data-band')).toBe('must-watch')
    expect(mustWatch.html).toContain('background:#166534')
    expect(skip.attribute('data-band')).toBe('skip')
    expect(skip.html).toContain('background:#b91c1c')
    expect(skip.visibleText).toBe('3.1 Skip')
  })

  it('can leave out the band label for tight spaces', () => {
    const badge = render(<ScoreBadge score={7.8} showBand={false} />)
    expect(badge.visibleText).toBe('7.8')
    expect(badge.ariaLabels).toEqual(['7.8 out of 10'])
  })

  it('keeps a caller class alongside its own', () => {
    expect(render(<ScoreBadge score={8.2} className="hero-score" />).attribute('class')).toBe('score-badge hero-score')
  })
})
