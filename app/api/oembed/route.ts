import { type NextRequest, NextResponse } from 'next/server'

import { oembedAnswer, parseOembedRequest } from '@/lib/embeds/oembed'
import { readReviewEmbed } from '@/lib/embeds/read'
import { siteUrl } from '@/lib/seo/site-url'

/**
 * GET /api/oembed?url=<review page URL>&format=json[&maxwidth=&maxheight=]: the review's score card
 * as an oEmbed `rich` answer. Review pages announce it with a discovery link.
 */
export async function GET(request: NextRequest): Promise<Response> {
  const parsed = parseOembedRequest(request.nextUrl.searchParams, siteUrl())
  if ('error' in parsed) return NextResponse.json({ error: parsed.error }, { status: parsed.status })
  const embed = await readReviewEmbed(parsed.slug)
  if (!embed) return NextResponse.json({ error: 'No published review with a score has this URL.' }, { status: 404 })
  const answer = oembedAnswer(embed, parsed, siteUrl())
  if ('error' in answer) return NextResponse.json({ error: answer.error }, { status: answer.status })
  return NextResponse.json(answer, { headers: { 'cache-control': `public, max-age=${answer.cache_age}` } })
}
