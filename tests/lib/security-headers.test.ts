import { describe, expect, it } from 'vitest'

import { contentSecurityPolicy, EMBED_CARD_SOURCE, securityHeaders } from '@/lib/security-headers'

function directives(policy: string): Map<string, string> {
  return new Map(
    policy.split('; ').map((directive) => {
      const [name, ...values] = directive.split(' ')
      return [name, values.join(' ')] as const
    }),
  )
}

describe('the embed card’s policy', () => {
  it('differs from the site’s only in who may frame it and that it runs no script', () => {
    const site = directives(contentSecurityPolicy('site'))
    const embed = directives(contentSecurityPolicy('embed'))
    const changed = [...site.keys()].filter((name) => site.get(name) !== embed.get(name))
    expect(changed.toSorted()).toEqual(['frame-ancestors', 'script-src'])
    expect(embed.get('frame-ancestors')).toBe('*')
    expect(embed.get('script-src')).toBe("'none'")
    expect(site.get('frame-ancestors')).toBe("'self'")
    expect([...embed.keys()]).toEqual([...site.keys()])
  })

  it('applies to the card route only, after the draft-mode rule so a preview cookie cannot replace it', () => {
    const rules = securityHeaders(false)
    const embedRules = rules.filter((rule) => rule.headers.some((header) => header.value.includes('frame-ancestors *')))
    expect(embedRules.map((rule) => rule.source)).toEqual([EMBED_CARD_SOURCE])
    expect(EMBED_CARD_SOURCE).toBe('/embed/review/:slug')
    const draftIndex = rules.findIndex((rule) => 'has' in rule)
    expect(rules.indexOf(embedRules[0])).toBeGreaterThan(draftIndex)
  })
})
