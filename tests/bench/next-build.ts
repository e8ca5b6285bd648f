/** Runs `next build` into its own distDir and reports how long it took and how many pages it made. */
import { spawn } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { guardSharedConfig } from './tsconfig-guard'

export interface BuildResult {
  distDir: string
  wallMs: number
  /** Prerendered pages (routes in the prerender manifest). */
  pages: number
  /** The "Generating static pages" phase alone, when Next prints it. */
  generationMs: number | null
}

/** Reads "Generating static pages ... (45/45) in 3.2s" (or "in 850ms") from the build log. */
export function generationTimeFromLog(log: string): number | null {
  const match = /Generating static pages[^\n]*?\(\d+\/\d+\)\s+in\s+([\d.]+)\s*(ms|s|min)\b/.exec(
    log.replace(/\x1b\[[0-9;]*m/g, ''),
  )
  if (!match) return null
  const value = Number(match[1])
  return match[2] === 'ms' ? value : match[2] === 's' ? value * 1000 : value * 60_000
}

export function prerenderedPageCount(distDir: string): number {
  const manifest = JSON.parse(readFileSync(path.join(distDir, 'prerender-manifest.json'), 'utf8')) as {
    routes: Record<string, unknown>
  }
  return Object.keys(manifest.routes).length
}

export async function buildNext(
  distDir: string,
  env: Record<string, string> = {},
  projectDir?: string,
): Promise<BuildResult> {
  const restoreSharedConfig = guardSharedConfig(distDir)
  const started = performance.now()
  let log = ''
  try {
    const code = await new Promise<number | null>((resolve, reject) => {
      const child = spawn(path.resolve('node_modules/.bin/next'), ['build', ...(projectDir ? [projectDir] : [])], {
        env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1', NODE_ENV: 'production', NEXT_DIST_DIR: distDir, ...env },
        stdio: ['ignore', 'pipe', 'pipe'],
      })
      child.stdout!.on('data', (chunk) => (log += chunk))
      child.stderr!.on('data', (chunk) => (log += chunk))
      child.once('error', reject)
      child.once('exit', resolve)
    })
    if (code !== 0 || !existsSync(path.join(distDir, 'BUILD_ID')))
      throw new Error(`next build into ${distDir} failed (exit ${code}):\n${log.slice(-4000)}`)
  } finally {
    restoreSharedConfig()
  }
  return {
    distDir,
    wallMs: performance.now() - started,
    pages: prerenderedPageCount(distDir),
    generationMs: generationTimeFromLog(log),
  }
}
