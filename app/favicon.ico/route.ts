import { renderFavicon } from '@/lib/og/site-icon'

// Browsers, feed readers and crawlers ask for /favicon.ico whatever the page links; drawn once, at build.
export const dynamic = 'force-static'

export async function GET() {
  return new Response(await renderFavicon(), {
    headers: { 'content-type': 'image/x-icon', 'cache-control': 'public, max-age=86400' },
  })
}
