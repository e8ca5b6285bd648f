/**
 * Response headers for every route. Plain TypeScript with erasable syntax only: next.config.js
 * imports it directly.
 *
 * Pages are static, so the policy cannot use per-request nonces; Next.js inlines its bootstrap
 * scripts, hence 'unsafe-inline' for scripts. Everything else is locked to this origin, plus
 * Sanity's hosts where the Studio or draft mode need them. The embed card alone may be framed by
 * any site, and runs no script at all.
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

type Area = 'site' | 'draft' | 'studio' | 'embed'

/** Where other sites frame a review's score card (app/embed/review). */
export const EMBED_CARD_SOURCE = '/embed/review/:slug'

export function contentSecurityPolicy(area: Area, development = false): string {
  const directives = base(development)
  if (area === 'embed') {
    directives['frame-ancestors'] = ['*']
    directives['script-src'] = ["'none'"]
  }
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
  const csp = (area: Area) => ({
    key: 'Content-Security-Policy',
    value: contentSecurityPolicy(area, development),
  })
  return [
    { source: '/:path*', headers: [...common, csp('site')] },
    // Draft mode reads the Content Lake from the browser for visual editing.
    { source: '/:path*', has: [{ type: 'cookie' as const, key: '__prerender_bypass' }], headers: [csp('draft')] },
    // After the draft rule: the card shows the published review in draft mode too, and stays frameable.
    { source: EMBED_CARD_SOURCE, headers: [csp('embed')] },
    ...['/studio', '/studio/:path*'].map((source) => ({
      source,
      // Sanity's sign-in may open a provider's window.
      headers: [csp('studio'), { key: 'Cross-Origin-Opener-Policy', value: 'same-origin-allow-popups' }],
    })),
  ]
}
