import { type NextRequest, NextResponse } from 'next/server'

/**
 * `<list>/page/1` is the list itself: a permanent redirect keeps one address per page. It is made
 * here rather than by permanentRedirect() in the page because Next 16.4 replays a cached page
 * redirect with its Location header twice (vercel/next.js#82117), which proxies that merge
 * headers turn into "/reviews, /reviews". The page still redirects if this ever does not run.
 */
export function proxy(request: NextRequest) {
  const target = request.nextUrl.clone()
  target.pathname = target.pathname.replace(/\/page\/1$/, '')
  return NextResponse.redirect(target, 308)
}

export const config = {
  matcher: ['/:list(reviews|people|series|news)/page/1'],
}
