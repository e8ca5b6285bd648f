// @vitest-environment jsdom
import { describe, expect, it } from 'vitest'

import { EmbedThisScore } from '@/components/embeds/EmbedThisScore'
import { reviewEmbed } from '@/lib/embeds/review-embed'
import { publicEnv } from '@/lib/env/public'

import { render } from './render'

const site = publicEnv.siteUrl
const embed = reviewEmbed(
  {
    kind: 'episode',
    slug: 'show-episode-2',
    title: 'Show episode 2 review: the twist',
    spoilerFreeTitle: 'Show episode 2 review',
    firstEpisode: 2,
    lastEpisode: 2,
    score: 8.4,
    critic: { name: 'Ana Critic', slug: 'ana-critic' },
    series: { title: 'Show', episodeCount: 10 },
  },
  'Cold Open',
)!

describe('Embed this score', () => {
  const { doc } = render(<EmbedThisScore embed={embed} />)

  it('says what an embed does, and previews the badge at its own size', () => {
    expect(doc.querySelector('details')).toBeNull()
    expect(doc.body.textContent).toContain('carries no spoilers and no tracking')
    const preview = doc.querySelector('img')!
    expect(preview.getAttribute('src')).toBe('/embed/badge/show-episode-2.svg')
    expect(preview.getAttribute('alt')).toBe(
      'Badge preview: Show, Episode 2: 8.4 out of 10, Highly recommended. Reviewed by Cold Open.',
    )
  })

  it('offers the badge, the card and the link, each in a labelled box with its own copy button', () => {
    const boxes = [...doc.querySelectorAll('textarea')]
    const labels = boxes.map((box) => doc.querySelector(`label[for="${box.id}"]`)?.textContent)
    expect(labels).toEqual(['Badge image', 'Score card (iframe)', 'Plain link'])
    expect(boxes.every((box) => box.readOnly)).toBe(true)
    const buttons = [...doc.querySelectorAll('button')].map((button) => button.textContent)
    expect(buttons).toEqual(['Copy badge image', 'Copy score card (iframe)', 'Copy plain link'])

    const [badge, card, link] = boxes.map((box) => box.value)
    const badgeSnippet = new DOMParser().parseFromString(badge, 'text/html')
    expect(badgeSnippet.querySelector('a')?.getAttribute('href')).toBe(`${site}/reviews/show-episode-2`)
    const image = badgeSnippet.querySelector('a > img')!
    expect(image.getAttribute('src')).toBe(`${site}/embed/badge/show-episode-2.svg`)
    expect(image.getAttribute('alt')).toBe('Show, Episode 2: 8.4 out of 10, Highly recommended. Reviewed by Cold Open.')
    const iframe = new DOMParser().parseFromString(card, 'text/html').querySelector('iframe')!
    expect(iframe.getAttribute('src')).toBe(`${site}/embed/review/show-episode-2`)
    expect(iframe.getAttribute('title')).toBe('Show episode 2 review: the score on Cold Open')
    expect(link).toBe(`${site}/reviews/show-episode-2`)
  })
})
