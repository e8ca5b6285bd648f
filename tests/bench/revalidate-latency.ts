/** Webhook-to-fresh-page latency, measured by scripts/bench-revalidate.ts against this run's build. */
import { spawn } from 'node:child_process'
import path from 'node:path'

export interface RevalidateLatency {
  edits: number
  p50Ms: number
  maxMs: number
}

/** Reads the script's result line: `| webhook to fresh HTML (20 edits) | p50 412 ms | max 690 ms | ...`. */
export function parseRevalidateLine(output: string): RevalidateLatency | null {
  const match = /webhook to fresh HTML \((\d+) edits\)\s*\|\s*p50 (\d+) ms\s*\|\s*max (\d+) ms/.exec(output)
  return match ? { edits: Number(match[1]), p50Ms: Number(match[2]), maxMs: Number(match[3]) } : null
}

/** The script's own error (its last `Error: ...` line); the server log comes before it. */
export function revalidateFailureReason(output: string): string {
  return [...output.matchAll(/^\S*Error(?: \[\w+\])?: (.+)$/gm)].at(-1)?.[1] ?? 'it printed no result line'
}

export async function measureRevalidateLatency(distDir: string): Promise<RevalidateLatency> {
  const bin = path.resolve('node_modules/.bin')
  let output = ''
  const code = await new Promise<number | null>((resolve, reject) => {
    const child = spawn(path.join(bin, 'tsx'), ['scripts/bench-revalidate.ts'], {
      env: { ...process.env, NEXT_DIST_DIR: distDir, PATH: `${bin}${path.delimiter}${process.env.PATH ?? ''}` },
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    child.stdout!.on('data', (chunk) => (output += chunk))
    child.stderr!.on('data', (chunk) => (output += chunk))
    child.once('error', reject)
    child.once('exit', resolve)
  })
  const result = parseRevalidateLine(output)
  if (code !== 0 || !result) {
    throw new Error(
      `scripts/bench-revalidate.ts failed (exit ${code}): ${revalidateFailureReason(output)}\n${output.slice(-3000)}`,
    )
  }
  return result
}
