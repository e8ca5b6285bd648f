import { execFile } from 'node:child_process'
import path from 'node:path'
import { promisify } from 'node:util'
import { ESLint } from 'eslint'
import { describe, expect, it, vi } from 'vitest'
import { EnvError, localSiteUrlWarning, readEnv, readPublicEnv } from '@/lib/env/schema'

const run = promisify(execFile)

describe('readEnv (the server schema)', () => {
  it('runs on the bundled dataset with defaults when nothing is set', () => {
    expect(readEnv({})).toEqual({
      contentSource: 'bundled',
      sanity: { projectId: undefined, dataset: 'production', apiVersion: '2025-09-01', apiHost: undefined },
      siteUrl: 'http://localhost:3000',
      revalidateSeconds: 3600,
      bundledDatasetFile: 'sanity/seed/dataset.ndjson',
      readToken: undefined,
      previewSecret: undefined,
      revalidateSecret: undefined,
      readerCookieSecret: undefined,
      databaseUrl: undefined,
      reactionsSqliteFile: '.data/reactions.sqlite',
      readerReactions: true,
      reactionsModeration: 'post',
      moderationSecret: undefined,
      reportsToHide: 3,
    })
  })

  it('treats empty and blank values as unset and trims the rest, as .env files leave them', () => {
    const env = readEnv({
      NEXT_PUBLIC_SANITY_DATASET: '  ',
      REVALIDATE_SECONDS: '',
      SANITY_API_READ_TOKEN: ' sk-token \n',
    })
    expect(env.sanity.dataset).toBe('production')
    expect(env.revalidateSeconds).toBe(3600)
    expect(env.readToken).toBe('sk-token')
  })

  it('switches to the Content Lake when a project id is set', () => {
    const env = readEnv({ NEXT_PUBLIC_SANITY_PROJECT_ID: 'abc123', NEXT_PUBLIC_SITE_URL: 'https://dramas.example/' })
    expect(env.contentSource).toBe('content-lake')
    expect(env.sanity.projectId).toBe('abc123')
    expect(env.siteUrl).toBe('https://dramas.example')
  })

  it('reads REVALIDATE_SECONDS as a number; 0 is allowed', () => {
    expect(readEnv({ REVALIDATE_SECONDS: '900' }).revalidateSeconds).toBe(900)
    expect(readEnv({ REVALIDATE_SECONDS: '0' }).revalidateSeconds).toBe(0)
  })

  it('accepts a local API host for the Content Lake stub', () => {
    expect(readEnv({ SANITY_API_HOST: 'http://127.0.0.1:4010' }).sanity.apiHost).toBe('http://127.0.0.1:4010')
  })

  it.each([
    ['NEXT_PUBLIC_SANITY_PROJECT_ID', 'My Project!', 'a Sanity project id'],
    ['NEXT_PUBLIC_SANITY_DATASET', 'Prod Data', 'a dataset name'],
    ['NEXT_PUBLIC_SANITY_API_VERSION', 'yesterday', 'an API version date'],
    ['NEXT_PUBLIC_SITE_URL', 'javascript:alert(1)', 'an absolute http(s) URL'],
    ['SANITY_API_HOST', 'http://127.0.0.1:4010/v1', 'an origin'],
    ['REVALIDATE_SECONDS', '-5', 'a whole number of seconds'],
    ['REVALIDATE_SECONDS', '1.5', 'a whole number of seconds'],
    [
      'REACTIONS_MODERATION',
      'later',
      "'post' (publish at once), 'pre' (hold for a moderator) or 'first-post' (hold a reader's first post)",
    ],
  ])('rejects %s=%j, naming the variable, its value, what it expects and where to fix it', (name, value, expected) => {
    expect(() => readEnv({ [name]: value })).toThrow(EnvError)
    expect(() => readEnv({ [name]: value })).toThrow(`${name}=${JSON.stringify(value)}: expected ${expected}`)
    expect(() => readEnv({ [name]: value })).toThrow('fix it in .env.local (see .env.example)')
  })

  it('names every malformed variable at once', () => {
    expect(() => readEnv({ NEXT_PUBLIC_SANITY_DATASET: 'Prod Data', REVALIDATE_SECONDS: 'soon' })).toThrow(
      /NEXT_PUBLIC_SANITY_DATASET="Prod Data".*\n.*REVALIDATE_SECONDS="soon"/,
    )
  })

  it('reads the reader reactions settings', () => {
    const env = readEnv({
      READER_COOKIE_SECRET: 'reader-cookie-secret-value',
      DATABASE_URL: 'postgres://site:pw@127.0.0.1:5432/reactions',
      REACTIONS_SQLITE_FILE: '/var/lib/site/reactions.sqlite',
      REACTIONS_MODERATION: 'pre',
    })
    expect(env).toMatchObject({
      readerCookieSecret: 'reader-cookie-secret-value',
      databaseUrl: 'postgres://site:pw@127.0.0.1:5432/reactions',
      reactionsSqliteFile: '/var/lib/site/reactions.sqlite',
      reactionsModeration: 'pre',
    })
  })

  it('never echoes a malformed DATABASE_URL, which may carry a password', () => {
    expect(() => readEnv({ DATABASE_URL: 'mysql://site:hunter2@db/reactions' })).toThrow('DATABASE_URL=<hidden>')
    expect(() => readEnv({ DATABASE_URL: 'mysql://site:hunter2@db/reactions' })).not.toThrow('hunter2')
  })

  it('takes a redis:// or rediss:// REDIS_URL and never echoes a malformed one', () => {
    expect(() => readEnv({ REDIS_URL: 'redis://127.0.0.1:6379' })).not.toThrow()
    expect(() => readEnv({ REDIS_URL: 'rediss://:pw@cache.internal:6380/0' })).not.toThrow()
    expect(() => readEnv({ REDIS_URL: 'http://:hunter2@cache/0' })).toThrow('REDIS_URL=<hidden>')
    expect(() => readEnv({ REDIS_URL: 'http://:hunter2@cache/0' })).not.toThrow('hunter2')
  })

  it.each(['SANITY_PREVIEW_SECRET', 'SANITY_REVALIDATE_SECRET', 'READER_COOKIE_SECRET'])(
    'wants %s of at least 16 characters and never echoes it',
    (name) => {
      expect(readEnv({ [name]: 'a'.repeat(16) })).toBeTruthy()
      expect(() => readEnv({ [name]: 'tiny-secret' })).toThrow(
        `${name}=<hidden>: expected a secret of at least 16 characters`,
      )
      expect(() => readEnv({ [name]: 'tiny-secret' })).not.toThrow('tiny-secret')
    },
  )
})

describe('readPublicEnv (the public schema)', () => {
  it('holds the public values only, even when the source carries secrets', () => {
    const source = {
      NEXT_PUBLIC_SANITY_PROJECT_ID: 'abc123',
      SANITY_API_HOST: 'http://127.0.0.1:4010',
      SANITY_API_READ_TOKEN: 'sk-read-token-value',
      SANITY_REVALIDATE_SECRET: 'revalidate-secret-value',
    }
    expect(readPublicEnv(source)).toEqual({
      contentSource: 'content-lake',
      sanity: { projectId: 'abc123', dataset: 'production', apiVersion: '2025-09-01' },
      siteUrl: 'http://localhost:3000',
    })
  })

  it('gives the server the same public values', () => {
    const source = {
      NEXT_PUBLIC_SANITY_PROJECT_ID: 'abc123',
      NEXT_PUBLIC_SANITY_DATASET: 'staging',
      NEXT_PUBLIC_SITE_URL: 'https://d.example/',
    }
    expect(readEnv(source)).toMatchObject(readPublicEnv(source))
  })

  it('ignores malformed server variables, which the browser never sees, and rejects malformed public ones', () => {
    expect(readPublicEnv({ REVALIDATE_SECONDS: 'soon' }).contentSource).toBe('bundled')
    expect(() => readPublicEnv({ NEXT_PUBLIC_SANITY_DATASET: 'Prod Data' })).toThrow(
      'NEXT_PUBLIC_SANITY_DATASET="Prod Data"',
    )
  })
})

describe('the server module', () => {
  it('refuses to load outside server code', async () => {
    vi.doUnmock('server-only')
    vi.resetModules()
    await expect(import('@/lib/env/server')).rejects.toThrow('cannot be imported from a Client Component')
  })
})

describe('ESLint', () => {
  const code = [
    "'use client'",
    "import { env } from '@/lib/env/server'",
    "import { publicEnv } from '@/lib/env/public'",
    'export const both = [env, publicEnv]',
  ].join('\n')
  const restricted = async (file: string) => {
    const [result] = await new ESLint().lintText(code, { filePath: path.resolve(file) })
    return result.messages
      .filter((message) => message.ruleId === 'no-restricted-imports')
      .map((message) => message.line)
  }

  it('forbids the server environment in client modules and allows it in server ones', async () => {
    expect(await restricted('sanity.config.ts')).toEqual([2])
    expect(await restricted('app/studio/[[...tool]]/Studio.tsx')).toEqual([2])
    expect(await restricted('lib/content/client.ts')).toEqual([])
  }, 60_000)
})

describe('next.config.js', () => {
  const printPoweredByHeader = "const c = await import('./next.config.js'); console.log(c.default.poweredByHeader)"
  const loadConfig = (env: Record<string, string> = {}) =>
    run(process.execPath, ['--input-type=module', '-e', printPoweredByHeader], { env: { ...process.env, ...env } })
  const failureOf = (env: Record<string, string>) =>
    loadConfig(env).then(
      () => null,
      (error: { code: number; stderr: string }) => error,
    )

  it('stops start-up with a message naming the malformed variable', async () => {
    const failure = await failureOf({ NEXT_PUBLIC_SANITY_DATASET: 'Bad Name' })
    expect(failure?.code).not.toBe(0)
    expect(failure?.stderr).toContain('NEXT_PUBLIC_SANITY_DATASET="Bad Name": expected a dataset name')
  })

  it('stops start-up on a malformed server-only variable too', async () => {
    const failure = await failureOf({ REVALIDATE_SECONDS: 'hourly' })
    expect(failure?.code).not.toBe(0)
    expect(failure?.stderr).toContain('REVALIDATE_SECONDS="hourly": expected a whole number of seconds')
  })

  it('loads with a valid environment', async () => {
    const { stdout } = await loadConfig()
    expect(stdout.trim()).toBe('false')
  })

  const production = { NODE_ENV: 'production', NEXT_PUBLIC_SITE_URL: '', SITE_URL_WARNING_SHOWN: '' }

  it('warns at build and start while the canonical site URL is the localhost default', async () => {
    const { stdout, stderr } = await loadConfig(production)
    expect(stdout.trim()).toBe('false')
    expect(stderr).toContain('⚠ NEXT_PUBLIC_SITE_URL is not set, so it defaults to http://localhost:3000')
    expect(stderr).toContain('the sitemap, the RSS feed, JSON-LD and share images all point at http://localhost:3000')
  })

  it('stays quiet with a public site URL, and in development', async () => {
    const published = await loadConfig({ ...production, NEXT_PUBLIC_SITE_URL: 'https://dramas.example' })
    expect(published.stderr).not.toContain('NEXT_PUBLIC_SITE_URL')
    const development = await loadConfig({ ...production, NODE_ENV: 'development' })
    expect(development.stderr).not.toContain('NEXT_PUBLIC_SITE_URL')
  })
})

describe('localSiteUrlWarning', () => {
  it.each(['http://localhost:3000', 'http://127.0.0.1:3210', 'http://[::1]:8080'])('flags %s in production', (url) => {
    const warning = localSiteUrlWarning({ NODE_ENV: 'production', NEXT_PUBLIC_SITE_URL: url }, url)
    expect(warning).toContain(`NEXT_PUBLIC_SITE_URL is ${url} in a production build or server`)
  })

  it('lets a public address, or a loopback one outside production, pass', () => {
    expect(localSiteUrlWarning({ NODE_ENV: 'production' }, 'https://localhost.example')).toBeNull()
    expect(localSiteUrlWarning({ NODE_ENV: 'test' }, 'http://localhost:3000')).toBeNull()
  })
})
