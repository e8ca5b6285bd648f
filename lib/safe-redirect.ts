/**
 * Turns an untrusted "redirect to" value into a path on this site. Anything that could leave the
 * origin (absolute URLs, protocol-relative `//host`, backslash tricks, control characters) becomes '/'.
 */
export function sameOriginPath(candidate: string | null | undefined): string {
  if (!candidate || !candidate.startsWith('/') || candidate.length > 2048) return '/'
  // eslint-disable-next-line no-control-regex -- rejecting control characters is the point
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
