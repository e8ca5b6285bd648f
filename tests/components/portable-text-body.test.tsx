// @vitest-environment jsdom
import { describe, expect, it, vi } from 'vitest'

import { headingAnchors, slugifyHeading } from '@/components/portable-text/heading-anchors'
import { PortableTextBody } from '@/components/portable-text/PortableTextBody'
import { EPISODE_PAGE_QUERY, SERIES_PAGE_QUERY } from '@/lib/content/queries'
import { queryBundledDataset } from '@/lib/content/sources/bundled'
import type { EPISODE_PAGE_QUERY_RESULT, SERIES_PAGE_QUERY_RESULT } from '@/sanity.types'

import { render, spoken, texts } from './render'

// next-sanity/image imports 'next/image' the way bundlers allow and plain Node ESM does not; the
// bodies here only use bundled images, which never take that path.
vi.mock('next-sanity/image', () => ({ Image: () => null }))

let keys = 0
const key = () => `k${(keys += 1)}`

function block(text: string, style = 'normal', marks: string[] = [], markDefs: object[] = []) {
  return { _type: 'block', _key: key(), style, markDefs, children: [{ _type: 'span', _key: key(), text, marks }] }
}

function linked(text: string, markDef: { _type: string; _key: string; [field: string]: unknown }) {
  return {
    _type: 'block',
    _key: key(),
    style: 'normal',
    markDefs: [markDef],
    children: [
      { _type: 'span', _key: key(), text: 'See ', marks: [] },
      { _type: 'span', _key: key(), text, marks: [markDef._key] },
    ],
  }
}

const body = [
  block('Four loves, one education', 'h2'),
  block('Opening paragraph.'),
  linked('the longlist', { _type: 'link', _key: 'safe', href: 'https://thebookerprizes.com/' }),
  linked('this harmless text', { _type: 'link', _key: 'hostile', href: 'javascript:alert(document.cookie)' }),
  linked('episode five', {
    _type: 'internalLink',
    _key: 'ep5',
    target: { _type: 'episode', number: 5, series: { slug: 'love-in-the-big-city' } },
  }),
  linked('a deleted page', {
    _type: 'internalLink',
    _key: 'gone',
    reference: { _type: 'reference', _ref: 'review.gone' },
  }),
  block('Verdict', 'h2'),
  block('The middle chapters', 'h3'),
  block('Verdict', 'h2'),
  { _type: 'pullQuote', _key: key(), text: 'A show about learning to stay.', attribution: 'Mara Seo' },
  {
    _type: 'block',
    _key: key(),
    style: 'normal',
    markDefs: [],
    children: [
      { _type: 'span', _key: key(), text: 'The leads carry it. ', marks: [] },
      { _type: 'scoreCallout', _key: key(), score: 9.3, label: 'Acting' },
      { _type: 'span', _key: key(), text: ', the highest mark here.', marks: [] },
    ],
  },
  {
    _type: 'image',
    _key: key(),
    _sanityAsset: 'image@file://./images/still-600x400.svg',
    alt: 'Young and Gyu-ho on a rooftop',
    caption: 'Episode 5, near the end.',
  },
  {
    _type: 'spoiler',
    _key: key(),
    episode: 5,
    summary: 'The disclosure in episode 5',
    body: [block('Young tells Gyu-ho the truth.')],
  },
  { _type: 'somethingNew', _key: key() },
]

describe('PortableTextBody links', () => {
  it('drops a javascript: link but keeps its text', () => {
    const { doc } = render(<PortableTextBody value={body} />)
    expect(doc.body.textContent).toContain('See this harmless text')
    expect(doc.querySelectorAll('a[href^="javascript"]')).toHaveLength(0)
    const anchorTexts = texts(doc.querySelectorAll('a'))
    expect(anchorTexts).not.toContain('this harmless text')
  })

  it('keeps safe external links and never hands them the opener or referrer', () => {
    const link = render(<PortableTextBody value={body} />).doc.querySelector('a[href="https://thebookerprizes.com/"]')
    expect(link?.textContent).toBe('the longlist')
    expect(link?.getAttribute('rel')).toBe('noopener noreferrer')
  })

  it('resolves internal links to site paths, and leaves plain text when the target is gone', () => {
    const { doc } = render(<PortableTextBody value={body} />)
    expect(doc.querySelector('a[href="/series/love-in-the-big-city/episodes/5"]')?.textContent).toBe('episode five')
    expect(texts(doc.querySelectorAll('a'))).not.toContain('a deleted page')
    expect(doc.body.textContent).toContain('See a deleted page')
  })
})

describe('character names in synopses, as the page queries resolve them on the bundled dataset', () => {
  const read = <Result,>(query: string, params: Record<string, unknown>) =>
    queryBundledDataset<Result>({ query, params, perspective: 'published', file: 'sanity/seed/dataset.ndjson' })
  const castEntry = (id: string) => `/series/love-in-the-big-city/cast#${id}`

  it("link to the character's entry in the cast, not to the page the reader is on", async () => {
    const episode = (await read<EPISODE_PAGE_QUERY_RESULT>(EPISODE_PAGE_QUERY, {
      slug: 'love-in-the-big-city',
      number: 1,
    }))!
    const { doc } = render(<PortableTextBody value={episode.synopsis!} seriesSlug="love-in-the-big-city" />)
    const links = Array.from(doc.querySelectorAll('a'), (link) => [link.textContent, link.getAttribute('href')])
    expect(links).toEqual([
      ['Kim Nam-gyu', castEntry('character-kim-nam-gyu')],
      ['Choi Mi-ae', castEntry('character-choi-mi-ae')],
    ])
  })

  it('do so in the series synopsis on the overview too', async () => {
    const series = (await read<SERIES_PAGE_QUERY_RESULT>(SERIES_PAGE_QUERY, { slug: 'love-in-the-big-city' }))!
    const { doc } = render(<PortableTextBody value={series.synopsis!} seriesSlug="love-in-the-big-city" />)
    const hrefs = Array.from(doc.querySelectorAll('a'), (link) => link.getAttribute('href'))
    expect(hrefs).toContain(castEntry('character-go-young'))
    expect(hrefs).toContain(castEntry('character-choi-mi-ae'))
    expect(hrefs).not.toContain('/series/love-in-the-big-city')
  })
})

describe('PortableTextBody headings', () => {
  it('gives every h2 and h3 a unique id with a visible link to it', () => {
    const { doc } = render(<PortableTextBody value={body} />)
    const ids = Array.from(doc.querySelectorAll('h2, h3'), (heading) => heading.id)
    expect(ids).toEqual(['four-loves-one-education', 'verdict', 'the-middle-chapters', 'verdict-2'])
    for (const id of ids) {
      const link = doc.querySelector(`a[href="#${id}"]`)
      expect(link, id).not.toBeNull()
      expect(link!.getAttribute('aria-label')).toMatch(/^Link to section: /)
    }
  })

  it('gives the same ids every time the same body renders', () => {
    const ids = () => Array.from(render(<PortableTextBody value={body} />).doc.querySelectorAll('h2, h3'), (h) => h.id)
    expect(ids()).toEqual(ids())
    expect(headingAnchors(body).map((anchor) => anchor.id)).toEqual(ids())
  })

  it('keeps ids apart across bodies on one page with a prefix, and makes ids from any script', () => {
    expect(headingAnchors(body, { prefix: 'guide-2' })[0].id).toBe('guide-2-four-loves-one-education')
    expect(slugifyHeading('대도시의 사랑법: 엔딩')).toBe('대도시의-사랑법-엔딩')
    expect(slugifyHeading('Café — “Ending” explained!')).toBe('cafe-ending-explained')
    expect(slugifyHeading('!!!')).toBe('section')
  })
})

describe('PortableTextBody blocks', () => {
  it('folds spoilers behind a collapsed disclosure naming the episode', () => {
    const { doc } = render(<PortableTextBody value={body} seriesSlug="love-in-the-big-city" />)
    const button = doc.querySelector('[role="group"] button')!
    expect(button.getAttribute('aria-expanded')).toBe('false')
    expect(button.textContent).toContain('episode 5')
    const panel = doc.getElementById(button.getAttribute('aria-controls')!)!
    expect(panel.hidden).toBe(true)
    expect(panel.textContent).toContain('Young tells Gyu-ho the truth.')
  })

  it('renders pull quotes with attribution', () => {
    const { doc } = render(<PortableTextBody value={body} />)
    expect(doc.querySelector('figure blockquote')?.textContent).toBe('A show about learning to stay.')
    expect(doc.querySelector('figure figcaption')?.textContent).toBe('Mara Seo')
  })

  it('reads an inline score callout as part of the sentence, the same to the eye and to a screen reader', () => {
    const { doc } = render(<PortableTextBody value={body} />)
    const paragraph = doc.querySelector('.score-callout')!.closest('p')!
    const expected = 'The leads carry it. Acting scored 9.3 out of 10: Must watch, the highest mark here.'
    expect(spoken(paragraph)).toBe(expected)
    expect(texts([paragraph])).toEqual([expected])
    expect(paragraph.querySelector('[role="img"], [aria-label], [aria-hidden]')).toBeNull()
  })

  it('shows images with their alt text and caption', () => {
    const figure = render(<PortableTextBody value={body} />).doc.querySelector('figure:has(img)')!
    const img = figure.querySelector('img')!
    expect(img.getAttribute('src')).toBe('/bundled-images/still-600x400.svg')
    expect(img.getAttribute('alt')).toBe('Young and Gyu-ho on a rooftop')
    expect(img.getAttribute('width')).toBe('720')
    expect(img.getAttribute('height')).toBe('480')
    expect(figure.querySelector('figcaption')?.textContent).toBe('Episode 5, near the end.')
  })

  it('skips block types it does not know instead of failing the page', () => {
    const { html } = render(<PortableTextBody value={body} />)
    expect(html).not.toContain('somethingNew')
    expect(render(<PortableTextBody value={[]} />).html).toBe('')
  })
})
