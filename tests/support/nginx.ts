/**
 * nginx on a loopback port in front of instances under test, with the deploy folder's own rules
 * (deploy/nginx/site.conf and maps.conf) around a main file written here: loopback upstreams,
 * a temp folder for the cache, logs and pid, and the proxy cache on or off. Debian's `nginx`
 * package provides the binary (.ci/run installs it).
 */
import { type ChildProcess, spawn, spawnSync } from 'node:child_process'
import { chmodSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { stopProcess, waitForAnswer } from '../bench/next-server'
import { freePort } from './ports'

export interface TestNginx {
  origin: string
  /** nginx's error log so far (upstream failures and retries are logged there). */
  errorLog: () => string
  /** How many answers each upstream gave ("127.0.0.1:3293" → count), from the access log. */
  answersByUpstream: () => Map<string, number>
  stop: () => Promise<void>
}

export interface NginxOptions {
  upstreamPorts: number[]
  proxyCache: boolean
}

const deployDir = path.resolve('deploy/nginx')

function findNginx(): string | null {
  const found = spawnSync('sh', ['-c', 'command -v nginx || ls /usr/sbin/nginx 2>/dev/null'], { encoding: 'utf8' })
  return found.stdout.trim().split('\n')[0] || null
}

export function nginxAvailable(): boolean {
  return findNginx() !== null
}

export async function startTestNginx({ upstreamPorts, proxyCache }: NginxOptions): Promise<TestNginx> {
  const nginx = findNginx()
  if (!nginx) throw new Error('nginx is not installed: apt-get install nginx')
  const dir = mkdtempSync(path.join(tmpdir(), 'nginx-'))
  // As root, nginx's workers run as nobody: they must be able to write the cache and temp files.
  chmodSync(dir, 0o777)
  const port = await freePort()
  const servers = upstreamPorts.map((upstream) => `server 127.0.0.1:${upstream} max_fails=1 fail_timeout=5s;`)
  const temp = ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map(
    (kind) => `${kind}_temp_path ${path.join(dir, kind)};`,
  )
  const config = `
daemon off;
worker_processes 1;
pid ${path.join(dir, 'nginx.pid')};
error_log ${path.join(dir, 'error.log')} warn;
events { worker_connections 4096; }
http {
  log_format upstreams '$upstream_addr $status';
  access_log ${path.join(dir, 'access.log')} upstreams buffer=64k flush=1s;
  ${temp.join('\n  ')}
  upstream site {
    ${servers.join('\n    ')}
    keepalive 64;
  }
  proxy_cache_path ${path.join(dir, 'cache')} levels=1:2 keys_zone=pages:10m max_size=256m use_temp_path=off;
  map $host $page_cache { default ${proxyCache ? 'pages' : 'off'}; }
  include ${path.join(deployDir, 'maps.conf')};
  server {
    listen 127.0.0.1:${port};
    include ${path.join(deployDir, 'site.conf')};
  }
}
`
  const configFile = path.join(dir, 'nginx.conf')
  writeFileSync(configFile, config)
  const child: ChildProcess = spawn(nginx, ['-p', dir, '-c', configFile, '-e', path.join(dir, 'error.log')], {
    stdio: ['ignore', 'ignore', 'pipe'],
  })
  let stderr = ''
  child.stderr!.on('data', (chunk) => (stderr += chunk))
  const origin = `http://127.0.0.1:${port}`
  const readLog = (name: string) => {
    try {
      return readFileSync(path.join(dir, name), 'utf8')
    } catch {
      return ''
    }
  }
  const errorLog = () => readLog('error.log')
  const answersByUpstream = () => {
    const counts = new Map<string, number>()
    for (const line of readLog('access.log').split('\n')) {
      // A retried request names every upstream it tried: "127.0.0.1:3293, 127.0.0.1:3294 200".
      const answered = line.split(' ').at(-2)?.replace(/,$/, '')
      if (answered) counts.set(answered, (counts.get(answered) ?? 0) + 1)
    }
    return counts
  }
  if (!(await waitForAnswer(origin + '/robots.txt', 10_000)) || child.exitCode !== null) {
    await stopProcess(child)
    throw new Error(`nginx did not start: ${stderr}\n${errorLog()}`)
  }
  return {
    origin,
    errorLog,
    answersByUpstream,
    stop: async () => {
      await stopProcess(child)
      rmSync(dir, { recursive: true, force: true })
    },
  }
}
