import { execFile } from 'node:child_process'
import { createServer } from 'node:net'
import path from 'node:path'
import { promisify } from 'node:util'
import { describe, expect, it } from 'vitest'

const root = path.resolve('.')

/** A loopback port nothing listens on: one the system just handed out and took back. */
async function closedPort(): Promise<number> {
  const server = createServer()
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as { port: number }
  await new Promise((resolve) => server.close(resolve))
  return port
}

async function revalidate(...args: string[]) {
  return promisify(execFile)(path.join(root, 'node_modules/.bin/tsx'), ['scripts/revalidate.ts', ...args], {
    env: { ...process.env, SANITY_REVALIDATE_SECRET: 'a-test-secret-of-enough-length' },
  }).then(
    () => null,
    (error: { code: number; stderr: string }) => error,
  )
}

describe('npm run revalidate', () => {
  it('says the site is not running, and how to start it or point at it, without a stack trace', async () => {
    const url = `http://127.0.0.1:${await closedPort()}`
    const failure = await revalidate('series-love-in-the-big-city', '--url', url)
    expect(failure?.code).toBe(1)
    expect(failure?.stderr).toContain(`The site is not reachable at ${url} (ECONNREFUSED).`)
    expect(failure?.stderr).toContain('npm run dev')
    expect(failure?.stderr).toContain('--url')
    expect(failure?.stderr).not.toMatch(/^\s+at /m)
    expect(failure?.stderr).not.toContain('TypeError')
  })

  it('refuses a --url that is not an address', async () => {
    const failure = await revalidate('series-love-in-the-big-city', '--url', 'localhost')
    expect(failure?.code).toBe(1)
    expect(failure?.stderr).toContain('--url localhost is not an address')
  })
})
