/**
 * The shared page cache for several instances (next.config.js loads it only when REDIS_URL is set).
 * Next's incremental cache (ISR pages, route handlers, unstable_cache) and tag expiry go through
 * Redis with @fortedigital/nextjs-cache-handler, so a page rendered on one instance is served by
 * every other, and a webhook reaching any instance refreshes the page everywhere.
 *
 * Each instance also keeps what it rendered or read in a local LRU. While Redis is unreachable the
 * Redis handler refuses at once (its client is not ready) and reads fall through to that copy, or
 * the page renders; the client reconnects on its own and Redis answers again when it is back.
 * Plain JavaScript: Next loads this file as it is, outside the TypeScript build.
 */
import { AsyncLocalStorage } from 'node:async_hooks'
import { CacheHandler } from '@fortedigital/nextjs-cache-handler'
import createLruHandler from '@fortedigital/nextjs-cache-handler/local-lru'
import createRedisHandler from '@fortedigital/nextjs-cache-handler/redis-strings'
import { createClient } from 'redis'

/** Every key and tag list of this site starts with it, so one Redis can serve several sites. */
const keyPrefix = process.env.REDIS_KEY_PREFIX || 'drama-review:'
// A loopback or same-zone Redis answers in about a millisecond; past this an instance renders instead.
const commandTimeoutMs = 1_000
const log = (message) => console.log(`[shared-cache] ${message}`)
// With SHARED_CACHE_LOG=1 every write is logged: a write is a render (or a build-time page being seeded).
const logWrites = process.env.SHARED_CACHE_LOG === '1'

/** One client per process, however often Next constructs the handler (see globalThis below). */
export function connectRedis(url) {
  const client = createClient({
    url,
    // Retry forever, 50 ms growing to 2 s: a Redis that comes back is used again without a restart.
    // (redis 6.2 or later: older clients could take a connection reset during its handshake for a
    // ready one, then hang every command and never reconnect; seen when Redis was killed.)
    socket: { connectTimeout: commandTimeoutMs, reconnectStrategy: (retries) => Math.min(50 * 2 ** retries, 2_000) },
    // Commands sent while disconnected fail at once instead of queueing behind the outage.
    disableOfflineQueue: true,
  })
  let down = false
  client.on('error', (error) => {
    if (down) return
    down = true
    log(`Redis unreachable (${error.message}); serving from this instance's memory or by rendering until it is back.`)
  })
  client.on('ready', () => {
    if (down) log('Redis reachable again; the shared cache is back in use.')
    else log(`connected to Redis; sharing the page cache under "${keyPrefix}".`)
    down = false
  })
  // The first connection may fail too; the client keeps retrying in the background either way.
  client.connect().catch(() => {})
  return client
}

// Next says how a tag expires: `{ expire: 0 }` or nothing (updateTag) means now, anything else
// (the webhook's 'max') means serve the last copy once more while it re-renders. The package's
// CacheHandler drops that argument before it reaches the handlers; this carries it across.
const expiringNow = new AsyncLocalStorage()

class SharedCacheHandler extends CacheHandler {
  async revalidateTag(tags, durations) {
    const now = !durations || durations.expire === 0
    return expiringNow.run(now, () => super.revalidateTag(tags))
  }
}

/**
 * Tag expiry as a single instance does it. The package deletes every entry carrying the tag, so the
 * next request waits for a render, and a content source failing then shows an error page. Here:
 * - expiring now, the tag's time is recorded in the hash the package checks on every read (it only
 *   records path tags itself) and its entries are deleted, so neither they nor a build-time page
 *   seeded later by a starting instance (instrumentation.ts) is served again;
 * - otherwise only the time is recorded, in a hash of its own, and a read of an older entry returns
 *   it aged past its revalidate period: Next serves it while it re-renders in the background, and
 *   keeps serving it if that render fails.
 */
function expiringLikeOneInstance(handler, client) {
  const expiredAtKey = `${keyPrefix}__revalidated_tags__`
  const staleAtKey = `${keyPrefix}__stale_tags__`
  const redis = () => client.withAbortSignal(AbortSignal.timeout(commandTimeoutMs))
  return {
    ...handler,
    async revalidateTag(tag) {
      if (expiringNow.getStore() === false) {
        await redis().hSet(staleAtKey, tag, Date.now())
        return
      }
      await redis().hSet(expiredAtKey, tag, Date.now())
      return handler.revalidateTag(tag)
    },
    async get(key, meta) {
      const entry = await handler.get(key, meta)
      if (!entry) return entry
      const tags = [...new Set([...entry.tags, ...meta.implicitTags])]
      if (tags.length === 0) return entry
      const staleSince = await redis().hmGet(staleAtKey, tags)
      if (!staleSince.some((time) => time && Number(time) > entry.lastModified)) return entry
      // Next counts an entry stale once `lastModified + revalidate` has passed (and expired, which
      // would block on a render, only after its far longer expire period).
      const revalidateMs = (entry.lifespan?.staleAge ?? 0) * 1000
      return { ...entry, lastModified: Date.now() - revalidateMs - 1_000 }
    },
  }
}

/**
 * Every Redis operation settles within `ms`. The commands carry an abort signal, but a command
 * already written to a connection that died mid-flight was seen to never settle when Redis was
 * killed under load; a request must then fall back to this instance's copy, not hang.
 */
function withDeadlines(handler, ms) {
  const deadline = (what, work) => {
    let timer
    const expired = new Promise((_, reject) => {
      timer = setTimeout(() => reject(new Error(`Redis ${what} took over ${ms} ms`)), ms)
    })
    return Promise.race([work, expired]).finally(() => clearTimeout(timer))
  }
  return {
    ...handler,
    get: (key, meta) => deadline('get', handler.get(key, meta)),
    set: (key, value, ctx) => deadline('set', handler.set(key, value, ctx)),
    revalidateTag: (tag) => deadline('revalidateTag', handler.revalidateTag(tag)),
    delete: (key) => deadline('delete', handler.delete(key)),
  }
}

function loggingWrites(handler) {
  return {
    ...handler,
    async set(key, value, ctx) {
      log(`set ${key}`)
      return handler.set(key, value, ctx)
    },
  }
}

CacheHandler.onCreation(() => {
  const shared = (globalThis.__dramaReviewSharedCache ??= { client: connectRedis(process.env.REDIS_URL) })
  const redis = withDeadlines(
    expiringLikeOneInstance(
      createRedisHandler({ client: shared.client, keyPrefix, timeoutMs: commandTimeoutMs }),
      shared.client,
    ),
    2 * commandTimeoutMs,
  )
  return {
    // Reads take the first handler that answers: Redis while it is up, this instance's copy otherwise.
    // Writes and tag expiry go to both.
    handlers: [logWrites ? loggingWrites(redis) : redis, createLruHandler()],
  }
})

export default SharedCacheHandler
