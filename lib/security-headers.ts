/**
 * Response headers for every route. Plain TypeScript with erasable syntax only: next.config.js
 * imports it directly.
 *
 * Pages are static, so the policy cannot use per-request nonces; Next.js inlines its bootstrap
 * scripts, hence 'unsafe-inline' for scripts. Everything else is locked to this origin, plus
 * Sanity's hosts where the Studio or draft mode need them.
 */

const sanityHosts = ['https://*.api.sanity.io', 'wss://*.api.sanity.io', 'https://*.apicdn.sanity.io']
const sanityImages = ['https://cdn.sanity.io']

type Directives = Record<string, string[]>

function serialize(directives: Directives): string {
  return Object.entries(directives)
    .map(([name, values]) => [name, ...values].join(' '))
    .join('; ')
}

function base(development: boolean): Directives {
  return {
    'default-src': ["'self'"],
    'script-src': ["'self'", "'unsafe-inline'", ...(development ? ["'unsafe-eval'"] : [])],
    'style-src': ["'self'", "'unsafe-inline'"],
    'img-src': ["'self'", 'data:', 'blob:', ...sanityImages],
    'font-src': ["'self'"],
    'connect-src': ["'self'", ...(development ? ['ws:'] : [])],
    'frame-src': ["'none'"],
    'worker-src': ["'self'"],
    'object-src': ["'none'"],
    'base-uri': ["'self'"],
    'form-action': ["'self'"],
    // The embedded Studio's Presentation tool frames the site from this same origin.
    'frame-ancestors': ["'self'"],
  }
}

export function contentSecurityPolicy(area: 'site' | 'draft' | 'studio', development = false): string {
  const directives = base(development)
  if (area === 'draft' || area === 'studio') {
    directives['connect-src'].push(...sanityHosts)
  }
  if (area === 'studio') {
    directives['img-src'].push(
      'https://*.sanity.io',
      'https://lh3.googleusercontent.com',
      'https://avatars.githubusercontent.com',
    )
    directives['frame-src'] = ["'self'"]
    directives['worker-src'].push('blob:')
    directives['form-action'].push('https://*.sanity.io')
  }
  return serialize(directives)
}

const common = [
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
  { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=(), payment=(), usb=()' },
  { key: 'Cross-Origin-Opener-Policy', value: 'same-origin' },
]

export function securityHeaders(development: boolean) {
  const csp = (area: 'site' | 'draft' | 'studio') => ({
    key: 'Content-Security-Policy',
    value: contentSecurityPolicy(area, development),
  })
  return [
    { source: '/:path*', headers: [...common, csp('site')] },
    // Draft mode reads the Content Lake from the browser for visual editing.
    { source: '/:path*', has: [{ type: 'cookie' as const, key: '__prerender_bypass' }], headers: [csp('draft')] },
    ...['/studio', '/studio/:path*'].map((source) => ({
      source,
      // Sanity's sign-in may open a provider's window.
      headers: [csp('studio'), { key: 'Cross-Origin-Opener-Policy', value: 'same-origin-allow-popups' }],
    })),
  ]
}
