import { fileURLToPath } from 'node:url'
import { readEnv } from './lib/env/schema.ts'
import { securityHeaders } from './lib/security-headers.ts'

// Validates the environment before anything starts: a malformed variable stops dev, build and start.
readEnv(process.env)

/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  // Next hashes every response body in JavaScript to make an ETag: about a fifth of the cost of
  // serving a cached 80 kB page. Pages carry s-maxage for the CDN, which validates on its own.
  generateEtags: false,
  reactStrictMode: true,
  // The bare benchmark pages (app/bench/**/page.bench.tsx) exist only in the bench build, which sets
  // BENCH_PAGES=1 (tests/bench); the production build has no /bench routes.
  pageExtensions: ['tsx', 'ts', 'jsx', 'js', ...(process.env.BENCH_PAGES === '1' ? ['bench.tsx'] : [])],
  // Unknown addresses get app/global-not-found.tsx, a framed 404 that is not inlined into every page.
  // unauthorized() answers a refused preview link with the site's own 401 page (app/(site)/preview).
  experimental: { globalNotFound: true, authInterrupts: true },
  // Several instances share one page cache in Redis when REDIS_URL is set (docs/scale-out.md). Read
  // at `next start` as well as at build, so one build serves either way. Next's own in-memory layer
  // is off then: the handler keeps a local copy for when Redis is away.
  ...(process.env.REDIS_URL
    ? { cacheHandler: fileURLToPath(new URL('./cache-handler.mjs', import.meta.url)), cacheMaxMemorySize: 0 }
    : {}),
  // Lets a second build (benchmarks, parallel work) live beside the main one.
  distDir: process.env.NEXT_DIST_DIR || '.next',
  // The bundled dataset and the share-card fonts are read at run time: ship them with the server.
  outputFileTracingIncludes: {
    '/**': ['./sanity/seed/**', './lib/og/fonts/**', './lib/reactions/sample-reactions.ndjson'],
  },
  // `<list>/page/1` is the list itself. Declared here, not by permanentRedirect() in the page: Next
  // 16.4 replays a cached page redirect with its Location header twice (vercel/next.js#82117).
  async redirects() {
    return [{ source: '/:list(reviews|people|series|news)/page/1', destination: '/:list', permanent: true }]
  },
  async headers() {
    return securityHeaders(process.env.NODE_ENV === 'development')
  },
}

export default nextConfig
