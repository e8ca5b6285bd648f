/**
 * Heading anchors come from Portable Text, whose every span carries its own stega mark in draft
 * mode on the Content Lake: the ids must come out as they would from the published text.
 * (Slugs and dates are never marked: tests/content/stega.test.ts checks that on real draft reads.)
 */
import { vercelStegaCombine } from '@vercel/stega'
import { describe, expect, it } from 'vitest'
import { headingAnchors, slugifyHeading } from '@/components/portable-text/heading-anchors'

/** Marks a string as the Content Lake client does. */
const marked = (value: string) =>
  vercelStegaCombine(value, { origin: 'sanity.io', href: '/studio/intent/edit/id=x;type=review;path=body' }, false)

describe('heading anchors in draft mode', () => {
  it('keep a word whole when part of it is in another span', () => {
    expect(marked('Four lo')).not.toBe('Four lo')
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
