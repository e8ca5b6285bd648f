/**
 * Puts the build's prerendered pages and routes into the shared cache when an instance starts, so
 * a new instance serves them without rendering. @fortedigital/nextjs-cache-handler reads the build
 * output; its seeder writes under the page's path, while Next 16.4 stores each response under a
 * key that also names the route it belongs to (`getRouteCacheKey`), so the writes are re-keyed
 * here with Next's own function. Entries already in Redis (newer renders by other instances) are
 * left as they are.
 */
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { CacheHandler } from '@fortedigital/nextjs-cache-handler'
import { registerInitialCache } from '@fortedigital/nextjs-cache-handler/instrumentation'
import { getRouteCacheKey } from 'next/dist/server/lib/route-cache-key'
import type { RouteKind } from 'next/dist/server/route-kind'
import '../../cache-handler.mjs'

interface PrerenderManifest {
  routes: Record<string, { srcRoute?: string | null }>
}

function readJson<T>(file: string): T {
  return JSON.parse(readFileSync(file, 'utf8')) as T
}

/** The storage key Next reads a prerendered path from, as the seeder names it (`/index` for `/`). */
export function routeKeyResolver(buildDir: string): (seedPath: string, kind: string) => string {
  const { routes } = readJson<PrerenderManifest>(path.join(buildDir, 'prerender-manifest.json'))
  const pageOfRoute = new Map(
    Object.entries(readJson<Record<string, string>>(path.join(buildDir, 'app-path-routes-manifest.json'))).map(
      ([page, route]) => [route, page],
    ),
  )
  return (seedPath, kind) => {
    const pathname = seedPath === '/index' ? '/' : seedPath
    const route = routes[pathname]?.srcRoute ?? pathname
    const page = pageOfRoute.get(route)
    if (!page) throw new Error(`No app route for the prerendered path ${pathname}`)
    // RouteKind is a const enum: its values are these strings.
    const routeKind = (kind === 'APP_ROUTE' ? 'APP_ROUTE' : 'APP_PAGE') as RouteKind
    return getRouteCacheKey(pathname, { kind: routeKind, sourceRoute: page })
  }
}

export async function seedSharedCache(): Promise<void> {
  const buildDirName = process.env.NEXT_DIST_DIR || '.next'
  const routeKey = routeKeyResolver(path.resolve(buildDirName))

  class RouteKeyedCacheHandler extends CacheHandler {
    override set(...[key, value, ctx]: Parameters<CacheHandler['set']>) {
      return super.set(value?.kind === 'FETCH' ? key : routeKey(key, String(value?.kind)), value, ctx)
    }
  }

  const started = Date.now()
  await registerInitialCache(RouteKeyedCacheHandler, { buildDir: buildDirName, setOnlyIfNotExists: true })
  console.log(`[shared-cache] build-time pages offered to the shared cache in ${Date.now() - started} ms.`)
}
