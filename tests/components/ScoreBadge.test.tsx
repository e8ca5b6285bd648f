// @vitest-environment jsdom
import { describe, expect, it } from 'vitest'
import { ScoreBadge } from '@/components/score/ScoreBadge'

import { render, spoken } from './render'

/** The badge as a reader's eyes and a screen reader get it. */
function badge(element: Parameters<typeof render>[0]) {
  const { html, doc } = render(element)
  const root = doc.querySelector('.score-badge') as HTMLElement
  // What is clipped to a pixel (by class on the site, inline in the Studio) is for screen readers only.
  const shown = Array.from(root.children as HTMLCollectionOf<HTMLElement>).filter(
    (part) => !part.classList.contains('sr-only') && part.style.clipPath !== 'inset(50%)',
  )
  return {
    html,
    root,
    visibleText: shown.map((part) => part.textContent).join(' '),
    spokenText: spoken(root),
  }
}

describe('ScoreBadge', () => {
  it('shows the score to one decimal with its band', () => {
    expect(badge(<ScoreBadge score={9.3} />).visibleText).toBe('9.3 Must watch')
  })

  it('reads as one sentence rather than the pieces on screen', () => {
    const { spokenText, root } = badge(<ScoreBadge score={9.3} />)
    expect(spokenText).toBe('Scored 9.3 out of 10: Must watch')
    expect(root.querySelector('[role="img"]')).toBeNull()
  })

  it('shows 9 as 9.0 and says the same number it shows', () => {
    const nine = badge(<ScoreBadge score={9} />)
    expect(nine.visibleText).toBe('9.0 Must watch')
    expect(nine.spokenText).toBe('Scored 9.0 out of 10: Must watch')
  })

  it('colours by band, so a low score does not look like a recommendation', () => {
    const mustWatch = badge(<ScoreBadge score={9.3} />)
    const skip = badge(<ScoreBadge score={3.1} />)
    expect(mustWatch.root.dataset.band).toBe('must-watch')
    expect(mustWatch.html).toContain('background:#166534')
    expect(skip.root.dataset.band).toBe('skip')
    expect(skip.html).toContain('background:#b91c1c')
    expect(skip.visibleText).toBe('3.1 Skip')
    expect(skip.spokenText).toBe('Scored 3.1 out of 10: Skip')
  })

  it('can leave out the band label for tight spaces, and then does not say it either', () => {
    const tight = badge(<ScoreBadge score={7.8} showBand={false} />)
    expect(tight.visibleText).toBe('7.8')
    expect(tight.spokenText).toBe('Scored 7.8 out of 10')
  })

  it('keeps a caller class alongside its own', () => {
    expect(badge(<ScoreBadge score={8.2} className="hero-score" />).root.className).toBe('score-badge hero-score')
  })

  it('styles its parts by class on the site, with only the band colour inline', () => {
    const { html, root } = badge(<ScoreBadge score={9.3} size="lg" />)
    expect(root.getAttribute('style')).toBeNull()
    expect(root.querySelector('.score-number.score-lg')?.getAttribute('style')).toBe('background:#166534')
    expect(html.match(/style="/g)).toHaveLength(1)
  })

  it('styles every part inline for the Studio, which has no site stylesheet', () => {
    const studio = badge(<ScoreBadge score={9.3} size="sm" inlineStyles />)
    expect(studio.root.className).toBe('score-badge')
    expect(studio.root.style.display).toBe('inline-flex')
    expect(studio.root.querySelector('[class]')).toBeNull()
    expect(studio.html).toContain('background:#166534')
    expect(studio.html).toContain('font-size:0.8125rem')
    expect(studio.visibleText).toBe('9.3 Must watch')
    expect(studio.spokenText).toBe('Scored 9.3 out of 10: Must watch')
  })
})
