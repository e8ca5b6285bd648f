/**
 * A throwaway PostgreSQL cluster on a loopback port, for tests and benchmarks: initdb into a temp
 * folder, pg_ctl start, and stop + delete afterwards. PostgreSQL refuses to run as root, so as root
 * the cluster belongs to the `postgres` user (Debian's package creates it).
 */
import { execFileSync, spawnSync } from 'node:child_process'
import { chmodSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { freePort } from './ports'

export interface TestPostgres {
  url: string
  stop(): void
}

function findBinary(name: string): string | null {
  const onPath = spawnSync('sh', ['-c', `command -v ${name}`], { encoding: 'utf8' }).stdout.trim()
  if (onPath) return onPath
  const debian = spawnSync('sh', ['-c', `ls /usr/lib/postgresql/*/bin/${name} 2>/dev/null | sort -V | tail -1`], {
    encoding: 'utf8',
  }).stdout.trim()
  return debian || null
}

/** Null when PostgreSQL is not installed (the README says how to install it). */
export function postgresAvailable(): boolean {
  return findBinary('initdb') !== null && findBinary('pg_ctl') !== null
}

export async function startTestPostgres(): Promise<TestPostgres> {
  const initdb = findBinary('initdb')
  const pgCtl = findBinary('pg_ctl')
  if (!initdb || !pgCtl) throw new Error('PostgreSQL is not installed: apt-get install postgresql')
  const asRoot = process.getuid?.() === 0
  const run = (binary: string, args: string[]) =>
    asRoot
      ? execFileSync('runuser', ['-u', 'postgres', '--', binary, ...args], { stdio: 'pipe' })
      : execFileSync(binary, args, { stdio: 'pipe' })

  const root = mkdtempSync(path.join(tmpdir(), 'reactions-pg-'))
  const dataDir = path.join(root, 'data')
  chmodSync(root, 0o777)
  if (asRoot) execFileSync('chown', ['postgres', root])
  const port = await freePort()
  run(initdb, ['-D', dataDir, '-A', 'trust', '-U', 'postgres', '--no-sync', '-E', 'UTF8'])
  const options = `-h 127.0.0.1 -p ${port} -k ${root} -c fsync=off -c full_page_writes=off`
  run(pgCtl, ['-D', dataDir, '-l', path.join(root, 'log'), '-o', options, '-w', 'start'])
  return {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    stop() {
      try {
        run(pgCtl, ['-D', dataDir, '-m', 'immediate', '-w', 'stop'])
      } finally {
        rmSync(root, { recursive: true, force: true })
      }
    },
  }
}
