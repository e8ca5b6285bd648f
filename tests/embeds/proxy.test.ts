import { NextRequest } from 'next/server'
import { describe, expect, it } from 'vitest'

import { config, proxy } from '@/proxy'

const site = 'http://localhost:3000'
const rewriteOf = (path: string) => proxy(new NextRequest(`${site}${path}`)).headers.get('x-middleware-rewrite')

describe('the badge address', () => {
  it('puts the theme into the path of the static badge route', () => {
    expect(rewriteOf('/embed/badge/a-review.svg')).toBe(`${site}/embed/badge/light/a-review.svg`)
    expect(rewriteOf('/embed/badge/a-review.svg?theme=dark')).toBe(`${site}/embed/badge/dark/a-review.svg`)
    expect(rewriteOf('/embed/badge/a-review.svg?theme=light&v=2')).toBe(`${site}/embed/badge/light/a-review.svg`)
  })

  it('refuses an unknown theme with 400', async () => {
    const response = proxy(new NextRequest(`${site}/embed/badge/a-review.svg?theme=%3Cscript%3E`))
    expect(response.status).toBe(400)
    expect(await response.text()).toMatch(/theme must be light or dark/)
  })

  it('runs for badge addresses only', () => {
    expect(config.matcher).toBe('/embed/badge/:file')
  })
})
