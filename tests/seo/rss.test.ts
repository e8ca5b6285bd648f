// @vitest-environment jsdom
import { describe, expect, it } from 'vitest'

import { renderRss } from '@/lib/seo/rss'

import { childText, parseXml } from './xml'

const channel = {
  title: 'Cold Open: reviews and news',
  link: 'https://example.com/',
  feedUrl: 'https://example.com/feed.xml',
  description: 'Reviews & news',
}

describe('renderRss', () => {
  it('keeps markup, ampersands and quotes in editors’ text as text, not XML', () => {
    const xml = renderRss({
      ...channel,
      items: [
        {
          title: 'Fish & chips <b>"bold"</b> it’s </title><script>',
          link: 'https://example.com/reviews/a?x=1&y=2',
          publishedAt: new Date('2024-11-08T09:00:00Z'),
          description: 'Less < more > less & more',
          author: "O'Brien",
          categories: ['Series review'],
        },
      ],
    })
    const doc = parseXml(xml)
    const item = doc.getElementsByTagName('item')[0]
    expect(childText(item, 'title')).toBe('Fish & chips <b>"bold"</b> it’s </title><script>')
    expect(childText(item, 'link')).toBe('https://example.com/reviews/a?x=1&y=2')
    expect(childText(item, 'description')).toBe('Less < more > less & more')
    expect(childText(item, 'dc:creator')).toBe("O'Brien")
    expect(childText(item, 'pubDate')).toBe('Fri, 08 Nov 2024 09:00:00 GMT')
  })

  it('drops characters XML 1.0 forbids instead of producing a feed no reader can parse', () => {
    const xml = renderRss({
      ...channel,
      items: [
        {
          title: 'Bell\u0007 and form feed\u000C',
          link: 'https://example.com/news/a',
          publishedAt: new Date('2024-10-18T10:00:00Z'),
        },
      ],
    })
    expect(childText(parseXml(xml).getElementsByTagName('item')[0], 'title')).toBe('Bell and form feed')
  })

  it('dates the channel by its newest item, so an unchanged feed is identical', () => {
    const items = [
      { title: 'Older', link: 'https://example.com/a', publishedAt: new Date('2024-10-01T00:00:00Z') },
      { title: 'Newer', link: 'https://example.com/b', publishedAt: new Date('2024-11-01T00:00:00Z') },
    ]
    const xml = renderRss({ ...channel, items })
    expect(renderRss({ ...channel, items })).toBe(xml)
    expect(childText(parseXml(xml).getElementsByTagName('channel')[0], 'lastBuildDate')).toBe(
      'Fri, 01 Nov 2024 00:00:00 GMT',
    )
  })
})

describe('the XML parser these tests use', () => {
  it('is strict: it refuses a bare ampersand and a mismatched tag', () => {
    expect(() => parseXml('<rss><channel><title>Fish & chips</title></channel></rss>')).toThrow(/well-formed/)
    expect(() => parseXml('<rss><channel></rss>')).toThrow(/well-formed/)
  })
})
