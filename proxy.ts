import { type NextRequest, NextResponse } from 'next/server'

/**
 * `/embed/badge/<slug>.svg?theme=dark`: the theme is in the query string, which a static route
 * cannot read, so it becomes part of the path of the route that renders the badge
 * (app/embed/badge/[theme]/[file]). Nothing else passes through here.
 */
export function proxy(request: NextRequest) {
  const theme = request.nextUrl.searchParams.get('theme') ?? 'light'
  if (theme !== 'light' && theme !== 'dark') {
    return new NextResponse('theme must be light or dark.\n', {
      status: 400,
      headers: { 'content-type': 'text/plain; charset=utf-8' },
    })
  }
  const file = request.nextUrl.pathname.slice('/embed/badge/'.length)
  const target = request.nextUrl.clone()
  target.pathname = `/embed/badge/${theme}/${file}`
  target.search = ''
  return NextResponse.rewrite(target)
}

export const config = { matcher: '/embed/badge/:file' }
