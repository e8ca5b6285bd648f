/**
 * Starts `next start` on loopback for benchmarks and load tests, and stops it. The server runs
 * the production build in `distDir` (NEXT_DIST_DIR), so a benchmark build never touches `.next`.
 */
import { type ChildProcess, spawn } from 'node:child_process'
import { existsSync } from 'node:fs'
import path from 'node:path'

export interface RunningServer {
  origin: string
  /** Everything the server printed so far (stdout and stderr), for tests that check its logs. */
  output: () => string
  stop: () => Promise<void>
}

export interface ServerOptions {
  distDir: string
  /** The app to serve when it is not the site (the floor page's own app); its next.config sets distDir. */
  projectDir?: string
  port: number
  env?: Record<string, string>
  /** How long to wait for the first answer. */
  startTimeoutMs?: number
}

const nextBin = path.resolve('node_modules/.bin/next')

export function assertBuildExists(distDir: string): void {
  if (!existsSync(path.join(distDir, 'BUILD_ID'))) {
    throw new Error(`No production build in ${distDir}. Build it first: NEXT_DIST_DIR=${distDir} npx next build`)
  }
}

/** Polls `url` until it answers with any status, or gives up after `timeoutMs`. */
export async function waitForAnswer(url: string, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    try {
      await fetch(url, { signal: AbortSignal.timeout(2_000) })
      return true
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 100))
    }
  }
  return false
}

/** Polls `check` every 20 ms until it holds (errors count as no), or gives up after `timeoutMs`. */
export async function waitFor(check: () => Promise<boolean>, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    if (await check().catch(() => false)) return true
    await new Promise((resolve) => setTimeout(resolve, 20))
  }
  return false
}

export function stopProcess(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve()
  return new Promise((resolve) => {
    const forceKill = setTimeout(() => child.kill('SIGKILL'), 5_000)
    child.once('exit', () => {
      clearTimeout(forceKill)
      resolve()
    })
    child.kill('SIGTERM')
  })
}

export async function startNextServer({
  distDir,
  projectDir,
  port,
  env = {},
  startTimeoutMs = 60_000,
}: ServerOptions): Promise<RunningServer> {
  assertBuildExists(distDir)
  const origin = `http://127.0.0.1:${port}`
  const directory = projectDir ? [projectDir] : []
  const child = spawn(nextBin, ['start', ...directory, '--hostname', '127.0.0.1', '--port', String(port)], {
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1', NODE_ENV: 'production', NEXT_DIST_DIR: distDir, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let output = ''
  child.stdout!.on('data', (chunk) => (output += chunk))
  child.stderr!.on('data', (chunk) => (output += chunk))
  const exited = new Promise<never>((_, reject) =>
    child.once('exit', (code) => reject(new Error(`next start exited with code ${code} before answering:\n${output}`))),
  )
  exited.catch(() => {})
  const answered = await Promise.race([waitForAnswer(origin + '/robots.txt', startTimeoutMs), exited])
  if (!answered) {
    await stopProcess(child)
    throw new Error(`next start on port ${port} did not answer within ${startTimeoutMs} ms:\n${output}`)
  }
  return { origin, output: () => output, stop: () => stopProcess(child) }
}
