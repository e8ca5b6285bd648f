import { type NextRequest, NextResponse } from 'next/server'
import { getPerspective } from '@/lib/content/fetch'
import { checkSearchRequest } from '@/lib/search/request'
import { getSearchIndex } from '@/lib/search/service'

const noStore = { 'Cache-Control': 'no-store' }

/**
 * `GET /api/search?q=&type=&limit=`: `{ query, total, results: [{ type, title, subtitle, url, score? }] }`,
 * best match first. Bad input answers 400 `{ error, field }`. Draft mode searches drafts.
 */
export async function GET(request: NextRequest) {
  const checked = checkSearchRequest(request.nextUrl.searchParams)
  if (!checked.ok) return NextResponse.json(checked.problem, { status: 400, headers: noStore })
  const { q, ...options } = checked.value
  const index = await getSearchIndex(await getPerspective())
  return NextResponse.json(index.search(q, options), { headers: noStore })
}
