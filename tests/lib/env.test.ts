import { execFile } from 'node:child_process'
import { promisify } from 'node:util'
import { describe, expect, it } from 'vitest'
import { EnvError, readEnv } from '@/lib/env'

const run = promisify(execFile)

describe('readEnv', () => {
  it('runs on the bundled dataset when no project id is set', () => {
    const env = readEnv({})
    expect(env.contentSource).toBe('bundled')
    expect(env.sanity.dataset).toBe('production')
    expect(env.siteUrl).toBe('http://localhost:3000')
    expect(env.revalidateSeconds).toBe(3600)
  })

  it('switches to the Content Lake when a project id is set', () => {
    const env = readEnv({ NEXT_PUBLIC_SANITY_PROJECT_ID: 'abc123', NEXT_PUBLIC_SITE_URL: 'https://dramas.example/' })
    expect(env.contentSource).toBe('content-lake')
    expect(env.sanity.projectId).toBe('abc123')
    expect(env.siteUrl).toBe('https://dramas.example')
  })

  it.each([
    ['NEXT_PUBLIC_SANITY_PROJECT_ID', 'My Project!'],
    ['NEXT_PUBLIC_SANITY_DATASET', 'Prod Data'],
    ['NEXT_PUBLIC_SANITY_API_VERSION', 'yesterday'],
    ['NEXT_PUBLIC_SITE_URL', 'javascript:alert(1)'],
    ['REVALIDATE_SECONDS', '-5'],
    ['SANITY_REVALIDATE_SECRET', 'short'],
  ])('rejects a malformed %s and names it', (name, value) => {
    expect(() => readEnv({ [name]: value })).toThrow(EnvError)
    expect(() => readEnv({ [name]: value })).toThrow(name)
  })

  it('never echoes a secret in its error', () => {
    expect(() => readEnv({ SANITY_PREVIEW_SECRET: 'tiny' })).toThrow(/SANITY_PREVIEW_SECRET="<hidden>"/)
  })
})

describe('next.config.js', () => {
  it('stops start-up with a message naming the malformed variable', async () => {
    const failure = await run(process.execPath, ['--input-type=module', '-e', "await import('./next.config.js')"], {
      env: { ...process.env, NEXT_PUBLIC_SANITY_DATASET: 'Bad Name' },
    }).then(
      () => null,
      (error: { code: number; stderr: string }) => error,
    )
    expect(failure?.code).not.toBe(0)
    expect(failure?.stderr).toContain('NEXT_PUBLIC_SANITY_DATASET')
  })

  it('loads with a valid environment', async () => {
    const { stdout } = await run(process.execPath, ['--input-type=module', '-e', "const c = await import('./next.config.js'); console.log(c.default.poweredByHeader)"])
    expect(stdout.trim()).toBe('false')
  })
})
