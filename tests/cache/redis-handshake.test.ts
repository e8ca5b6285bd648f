/**
 * The shared cache's Redis client must not take a connection reset during its handshake for a ready
 * connection: older clients (redis before 6.2) did, then hung every command and never reconnected,
 * which left an instance waiting on a Redis that had come back. A server that accepts and resets
 * every connection stands in for a Redis going down mid-connect.
 */
import { createServer, type Server, type Socket } from 'node:net'
import { afterEach, describe, expect, it } from 'vitest'
import { connectRedis } from '@/cache-handler.mjs'

type RedisClient = {
  isReady: boolean
  get(key: string): Promise<string | null>
  destroy(): void
  on(event: string, listener: () => void): void
}

let server: Server | undefined
let client: RedisClient | undefined

afterEach(() => {
  client?.destroy()
  server?.close()
})

describe('the shared cache Redis client', () => {
  it('stays not ready, and fails commands at once, while every connection is reset during its handshake', async () => {
    let resets = 0
    server = createServer((socket: Socket) =>
      setTimeout(() => {
        resets++
        socket.resetAndDestroy()
      }, 10),
    )
    await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve))
    const { port } = server.address() as { port: number }

    client = connectRedis(`redis://127.0.0.1:${port}`) as unknown as RedisClient
    await new Promise((resolve) => setTimeout(resolve, 600))

    expect(resets).toBeGreaterThan(1)
    expect(client.isReady).toBe(false)
    const answer = await Promise.race([
      client.get('any').then(
        () => 'answered',
        () => 'refused',
      ),
      new Promise((resolve) => setTimeout(() => resolve('hung'), 1_000)),
    ])
    expect(answer).toBe('refused')
  })
})
