import { resolveRobots } from 'next/dist/build/webpack/loaders/metadata/resolve-route-data'
import { describe, expect, it } from 'vitest'

import robots from '@/app/robots'
import { publicEnv } from '@/lib/env/public'

describe('robots.txt', () => {
  const lines = resolveRobots(robots())
    .split('\n')
    .map((line) => line.trim())

  it('keeps crawlers out of the Studio, moderation and the API routes', () => {
    expect(lines).toContain('Disallow: /studio')
    expect(lines).toContain('Disallow: /moderation')
    expect(lines).toContain('Disallow: /api')
  })

  it('leaves the reader site open and points to the sitemap by absolute URL', () => {
    expect(lines).toContain('User-Agent: *')
    expect(lines).toContain('Allow: /')
    expect(lines).toContain(`Sitemap: ${publicEnv.siteUrl}/sitemap.xml`)
  })
})
