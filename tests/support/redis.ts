/**
 * A throwaway redis-server on a loopback port for the shared-cache tests and benchmarks: no
 * persistence, started as a child process so a test can kill it mid-run and start it again on the
 * same port. Debian's `redis-server` package provides the binary (.ci/run installs it).
 */
import { type ChildProcess, spawn, spawnSync } from 'node:child_process'
import { createConnection } from 'node:net'
import { freePort } from './ports'

export interface TestRedis {
  url: string
  port: number
  /** SIGKILL: the server vanishes as in a crash, taking its data with it. */
  kill(): Promise<void>
  /** Starts it again on the same port (empty). */
  restart(): Promise<void>
  stop(): Promise<void>
}

export function redisAvailable(): boolean {
  return spawnSync('sh', ['-c', 'command -v redis-server'], { encoding: 'utf8' }).stdout.trim() !== ''
}

function answersOn(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = createConnection({ host: '127.0.0.1', port }, () => socket.write('PING\r\n'))
    socket.once('data', (data) => {
      socket.destroy()
      resolve(data.toString().startsWith('+PONG'))
    })
    socket.once('error', () => resolve(false))
  })
}

async function launch(port: number): Promise<ChildProcess> {
  const args = ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no']
  const child = spawn('redis-server', [...args, '--loglevel', 'warning'], { stdio: 'ignore' })
  const deadline = Date.now() + 10_000
  while (Date.now() < deadline) {
    if (child.exitCode !== null) break
    if (await answersOn(port)) return child
    await new Promise((resolve) => setTimeout(resolve, 50))
  }
  child.kill('SIGKILL')
  throw new Error(`redis-server did not answer on 127.0.0.1:${port}`)
}

function exited(child: ChildProcess, signal: NodeJS.Signals): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve()
  return new Promise((resolve) => {
    child.once('exit', () => resolve())
    child.kill(signal)
  })
}

export async function startTestRedis(): Promise<TestRedis> {
  if (!redisAvailable()) throw new Error('redis-server is not installed: apt-get install redis-server')
  const port = await freePort()
  let child = await launch(port)
  return {
    url: `redis://127.0.0.1:${port}`,
    port,
    kill: () => exited(child, 'SIGKILL'),
    restart: async () => {
      await exited(child, 'SIGKILL')
      child = await launch(port)
    },
    stop: () => exited(child, 'SIGTERM'),
  }
}
