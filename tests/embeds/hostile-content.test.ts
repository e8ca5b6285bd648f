// @vitest-environment jsdom
/** Whatever an editor types (or a request carries) stays text in the badge, the card and the snippets. */
import { describe, expect, it } from 'vitest'

import { badgeSvg } from '@/lib/embeds/badge-svg'
import { cardHtml } from '@/lib/embeds/card-html'
import { cardIframeHtml } from '@/lib/embeds/oembed'
import { type ReviewEmbed, reviewEmbed } from '@/lib/embeds/review-embed'

const hostile = `</title><script>alert("x")</script> & 'quotes' "too"`

function hostileEmbed(): ReviewEmbed {
  return reviewEmbed(
    {
      kind: 'series',
      slug: 'a-review',
      title: hostile,
      score: 7.4,
      verdict: hostile,
      aspects: [{ aspect: hostile, score: 6 }],
      critic: { name: hostile, slug: 'a-critic' },
      series: { title: hostile, episodeCount: 8 },
    },
    hostile,
  )!
}

describe('embeds escape everything they show', () => {
  it('the badge keeps hostile text as text', () => {
    const doc = new DOMParser().parseFromString(badgeSvg(hostileEmbed(), 'dark'), 'image/svg+xml')
    expect(doc.querySelector('parsererror')).toBeNull()
    expect(doc.querySelectorAll('script')).toHaveLength(0)
    expect(doc.querySelector('title')?.textContent).toContain(hostile)
  })

  it('the card keeps hostile text as text', () => {
    const doc = new DOMParser().parseFromString(cardHtml(hostileEmbed()), 'text/html')
    expect(doc.querySelectorAll('script')).toHaveLength(0)
    expect(doc.querySelector('h1')?.textContent).toBe(hostile)
    expect(doc.querySelector('.verdict')?.textContent).toBe(hostile)
    expect(doc.querySelector('[role=meter]')?.getAttribute('aria-label')).toBe(hostile)
  })

  it('the iframe snippet keeps hostile text inside its title attribute', () => {
    const doc = new DOMParser().parseFromString(cardIframeHtml(hostileEmbed()), 'text/html')
    expect(doc.body.children).toHaveLength(1)
    expect(doc.querySelector('iframe')?.getAttribute('title')).toContain(hostile)
  })
})
