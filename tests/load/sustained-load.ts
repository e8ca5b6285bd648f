/**
 * Sustained load on connections that are all open before the clock starts. autocannon opens every
 * connection in the same millisecond, and a busy Node server accepts one new connection per
 * event-loop turn, so its figures mix in how long the last connections queued to be let in
 * (docs/performance.md, "A burst of new connections"). This opens them one by one while the
 * server is idle, then keeps each one busy for the whole run.
 */
import http from 'node:http'
import { finished } from 'node:stream/promises'

export interface SustainedRun {
  /** How long it took to open the connections and get a first answer on each. */
  admissionMs: number
  /** How many connections carried the requests: `connections` unless one was closed and reopened. */
  connectionsUsed: number
  answers: number
  requestsPerSecond: number
  p99Ms: number
  maxMs: number
  /** Answers other than 200 (the first ones included), by status. */
  statuses: Record<number, number>
  /** Failed requests by kind: an error code, or `timeout`. */
  errors: Record<string, number>
}

export async function sustainedLoad(
  url: string,
  {
    connections,
    durationSeconds,
    timeoutMs = 10_000,
  }: { connections: number; durationSeconds: number; timeoutMs?: number },
): Promise<SustainedRun> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: connections, maxFreeSockets: connections })
  const latencies: number[] = []
  const statuses: Record<number, number> = {}
  const errors: Record<string, number> = {}
  const sockets = new Set<unknown>()

  function get(): Promise<http.IncomingMessage> {
    return new Promise((resolve, reject) => {
      const request = http.get(url, { agent, timeout: timeoutMs }, (response) => {
        if (response.statusCode !== 200) statuses[response.statusCode!] = (statuses[response.statusCode!] ?? 0) + 1
        resolve(response)
      })
      request.on('socket', (socket) => sockets.add(socket))
      request.on('timeout', () => request.destroy(Object.assign(new Error('timeout'), { code: 'timeout' })))
      request.on('error', reject)
    })
  }

  async function timedRequest(): Promise<void> {
    const started = performance.now()
    try {
      await finished((await get()).resume())
      latencies.push(performance.now() - started)
    } catch (error) {
      const kind = (error as NodeJS.ErrnoException).code ?? String(error)
      errors[kind] = (errors[kind] ?? 0) + 1
    }
  }

  // A response left unread keeps its socket busy, so each next request opens a new connection.
  const admissionStarted = performance.now()
  const held: http.IncomingMessage[] = []
  for (let opened = 0; opened < connections; opened++) held.push(await get())
  await Promise.all(held.map((response) => finished(response.resume())))
  const admissionMs = performance.now() - admissionStarted
  sockets.clear()

  const deadline = performance.now() + durationSeconds * 1_000
  const started = performance.now()
  await Promise.all(
    Array.from({ length: connections }, async () => {
      while (performance.now() < deadline) await timedRequest()
    }),
  )
  const seconds = (performance.now() - started) / 1_000
  agent.destroy()

  latencies.sort((a, b) => a - b)
  return {
    admissionMs: Math.round(admissionMs),
    connectionsUsed: sockets.size,
    answers: latencies.length,
    requestsPerSecond: latencies.length / seconds,
    p99Ms: Math.round(latencies[Math.floor(latencies.length * 0.99)] ?? 0),
    maxMs: Math.round(latencies.at(-1) ?? 0),
    statuses,
    errors,
  }
}
