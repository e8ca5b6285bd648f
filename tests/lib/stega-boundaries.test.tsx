// @vitest-environment jsdom
/**
 * Where a stega-marked string (draft mode on the Content Lake) becomes something a machine reads,
 * the mark is dropped: paths, `dateTime` attributes and heading anchors come out as they would
 * from the published text.
 */
import { vercelStegaCombine } from '@vercel/stega'
import { describe, expect, it } from 'vitest'
import { FormattedDate } from '@/components/format/FormattedDate'
import { headingAnchors, slugifyHeading } from '@/components/portable-text/heading-anchors'
import { episodePath, hrefForDocument } from '@/lib/routes'
import { render } from '../components/render'

/** Marks a string as the Content Lake client would, even where it would skip it on its own. */
const marked = (value: string) =>
  vercelStegaCombine(value, { origin: 'sanity.io', href: '/studio/intent/edit/id=x;type=review;path=title' }, false)

describe('stega at the site boundaries', () => {
  it('is marked in the first place, so each check below has something to remove', () => {
    expect(marked('the-review')).not.toBe('the-review')
    expect(marked('the-review').startsWith('the-review')).toBe(true)
  })

  it('never reaches a path', () => {
    expect(hrefForDocument({ _type: 'review', slug: marked('the-review') })).toBe('/reviews/the-review')
    expect(hrefForDocument({ _type: 'critic', slug: marked('mara-seo') })).toBe('/critics/mara-seo')
    expect(hrefForDocument({ _type: 'episode', number: 3, series: { slug: marked('big-city') } })).toBe(
      '/series/big-city/episodes/3',
    )
    expect(episodePath(marked('big-city'), 2)).toBe('/series/big-city/episodes/2')
  })

  it('never reaches a dateTime attribute', () => {
    const { doc } = render(<FormattedDate value={marked('2024-10-21')} />)
    const time = doc.querySelector('time')!
    expect(time.getAttribute('datetime')).toBe('2024-10-21')
    expect(time.textContent).toBe('21 October 2024')
  })

  it('never reaches a heading anchor', () => {
    // Each span carries its own mark; a word split across spans (part of it in bold) must stay whole.
    expect(slugifyHeading(`${marked('Four lo')}${marked('ves, one city')}`)).toBe('four-loves-one-city')
    const body = [
      {
        _type: 'block',
        _key: 'h',
        style: 'h2',
        children: [
          { _type: 'span', _key: 'a', text: marked('Four lo'), marks: ['strong'] },
          { _type: 'span', _key: 'b', text: marked('ves, one city'), marks: [] },
        ],
      },
    ]
    expect(headingAnchors(body).map((anchor) => anchor.id)).toEqual(['four-loves-one-city'])
  })
})
