/**
 * The one gate every editor-supplied link passes, in the Studio (validation) and on the site
 * (rendering): only http, https and mailto links survive. Anything else, such as `javascript:`,
 * `data:` or a link hiding credentials (`https://bank.example@evil.example`), becomes null and
 * the site renders plain text instead of an anchor.
 */

export type LinkProtocol = 'http:' | 'https:' | 'mailto:'

export interface SafeHrefOptions {
  /** Protocols to accept. Default: http, https and mailto. */
  protocols?: readonly LinkProtocol[]
  /** Also accept a path on this site, such as "/reviews" (never "//host", which leaves the site). */
  allowSitePaths?: boolean
}

const DEFAULT_PROTOCOLS: readonly LinkProtocol[] = ['http:', 'https:', 'mailto:']

// Browsers ignore tabs and newlines inside URLs ("java\nscript:"), so any control character or
// whitespace inside a link is treated as hostile rather than cleaned up.
const CONTROL_OR_SPACE = /[\u0000-\u0020\u007f-\u009f\u00a0\u1680\u2000-\u200f\u2028\u2029\u202f\u205f\u3000\ufeff]/

const SITE_PATH = /^\/(?![/\\])[^\\]*$/

export function safeHref(href: unknown, options: SafeHrefOptions = {}): string | null {
  if (typeof href !== 'string') return null
  const candidate = href.trim()
  if (candidate === '' || CONTROL_OR_SPACE.test(candidate)) return null

  if (candidate.startsWith('/')) return options.allowSitePaths && SITE_PATH.test(candidate) ? candidate : null

  let url: URL
  try {
    url = new URL(candidate)
  } catch {
    return null
  }
  const protocols = options.protocols ?? DEFAULT_PROTOCOLS
  if (!protocols.includes(url.protocol as LinkProtocol)) return null

  if (url.protocol === 'mailto:') {
    let address: string
    try {
      address = decodeURIComponent(url.pathname)
    } catch {
      return null
    }
    return /^[^@\s,;]+@[^@\s,;]+\.[^@\s,;]+$/.test(address) ? url.href : null
  }
  if (!url.hostname || url.username || url.password) return null
  return url.href
}
