/**
 * Turns an untrusted "redirect to" value into a path on this site. Anything that could leave the
 * origin (absolute URLs, protocol-relative `//host`, backslash tricks, control characters) becomes '/'.
 */
export function sameOriginPath(candidate: string | null | undefined): string {
  if (!candidate || !candidate.startsWith('/') || candidate.length > 2048) return '/'
  if (/[\u0000-\u001f\u007f\\]/.test(candidate)) return '/'
  const base = 'http://same-origin.invalid'
  let url: URL
  try {
    url = new URL(candidate, base)
  } catch {
    return '/'
  }
  if (url.origin !== base) return '/'
  return `${url.pathname}${url.search}${url.hash}`
}

/**
 * A redirect with a relative Location: the browser resolves it against the address it used, so the
 * draft-mode cookie set on this response stays on the same host (127.0.0.1 is not localhost).
 */
export function redirectWithinSite(path: string, status: 303 | 307): Response {
  return new Response(null, { status, headers: { Location: sameOriginPath(path) } })
}
