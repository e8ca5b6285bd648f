import { renderToStaticMarkup } from 'react-dom/server'
import type { Config, PluginOptions, Tool } from 'sanity'
import { beforeAll, describe, expect, it } from 'vitest'

import { contentSecurityPolicy, securityHeaders } from '@/lib/security-headers'
import { loadStudioSchema } from '@/sanity/validation/validateDocuments'

// Studio modules import 'sanity', which plain Node loads only after loadStudioSchema(); hence dynamic imports.
let config: Config
let tools: Tool[]
let ModerationTool: typeof import('@/sanity/plugins/moderation').ModerationTool

beforeAll(async () => {
  await loadStudioSchema()
  config = (await import('@/sanity.config')).default as Config
  const plugin = await import('@/sanity/plugins/moderation')
  ModerationTool = plugin.ModerationTool
  tools = plugin.moderation().tools as Tool[]
}, 60_000)

const directive = (policy: string, name: string) =>
  policy
    .split(';')
    .map((entry) => entry.trim().split(/\s+/))
    .find(([key]) => key === name)
    ?.slice(1)

describe('Moderation tool in the Studio', () => {
  it('is registered in the Studio config', () => {
    const plugins = (Array.isArray(config) ? config[0] : config).plugins as PluginOptions[]
    expect(plugins.map((plugin) => plugin.name)).toContain('drama-review-moderation')
  })

  it('is one tool titled "Moderation"', () => {
    expect(tools.map(({ name, title }) => ({ name, title }))).toEqual([{ name: 'moderation', title: 'Moderation' }])
    expect(tools[0].component).toBe(ModerationTool)
  })

  it('opens the site’s moderation queue in a frame on the same origin', () => {
    const html = renderToStaticMarkup(<ModerationTool />)
    expect(html).toMatch(/^<iframe [^>]*src="\/moderation"/)
    expect(html).toContain('title="Moderation queue"')
  })

  it('may frame /moderation: the Studio allows same-origin frames and the site lets itself be framed', () => {
    expect(directive(contentSecurityPolicy('studio'), 'frame-src')).toEqual(["'self'"])
    const headers = securityHeaders(false)
      .filter((rule) => rule.source === '/:path*' && !('has' in rule))
      .flatMap((rule) => rule.headers)
    const policy = headers.find((header) => header.key === 'Content-Security-Policy')!.value
    expect(directive(policy, 'frame-ancestors')).toEqual(["'self'"])
    expect(headers.map((header) => header.key.toLowerCase())).not.toContain('x-frame-options')
  })
})
