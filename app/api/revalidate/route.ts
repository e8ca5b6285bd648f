import { revalidateTag } from 'next/cache'
import { type NextRequest, NextResponse } from 'next/server'
import { parseBody } from 'next-sanity/webhook'
import { SEARCH_INDEX_TAG } from '@/lib/content/tags'
import { env } from '@/lib/env/server'
import { isDocumentChange, tagsForChange, type DocumentChange } from '@/lib/revalidation/tags-for-change'

// A webhook body is a small projection; anything larger is not from our webhook.
const maxBodyBytes = 16 * 1024

export async function POST(request: NextRequest) {
  if (!env.revalidateSecret) {
    console.error('[revalidate] SANITY_REVALIDATE_SECRET is not set: refusing every webhook request.')
    return NextResponse.json({ message: 'Revalidation is not configured on this server.' }, { status: 503 })
  }

  const declaredLength = Number(request.headers.get('content-length') ?? 0)
  if (declaredLength > maxBodyBytes) return NextResponse.json({ message: 'Body too large.' }, { status: 400 })
  const raw = await request.text()
  if (Buffer.byteLength(raw) > maxBodyBytes) return NextResponse.json({ message: 'Body too large.' }, { status: 400 })

  let parsed: Awaited<ReturnType<typeof parseBody<DocumentChange>>>
  try {
    // The Content Lake may lag its webhook by a moment; the bundled dataset never does.
    parsed = await parseBody<DocumentChange>(
      new Request(request.url, { method: 'POST', headers: request.headers, body: raw }) as NextRequest,
      env.revalidateSecret,
      env.contentSource === 'content-lake',
    )
  } catch {
    return NextResponse.json({ message: 'Body is not valid JSON.' }, { status: 400 })
  }

  if (parsed.isValidSignature !== true) {
    return NextResponse.json({ message: 'Invalid or missing signature.' }, { status: 401 })
  }
  if (!isDocumentChange(parsed.body)) {
    return NextResponse.json({ message: 'Body must name the document: { _id, _type, slug }.' }, { status: 400 })
  }

  const tags = tagsForChange(parsed.body)
  // Stale-while-revalidate: the next reader still gets the last good page while it rebuilds in the
  // background, so a content source that fails mid-rebuild never turns into an error page.
  for (const tag of tags) revalidateTag(tag, 'max')
  // The search index is rebuilt in memory, so its next search waits for the change rather than a render.
  revalidateTag(SEARCH_INDEX_TAG, { expire: 0 })
  return NextResponse.json({ revalidated: [...tags, SEARCH_INDEX_TAG], now: Date.now() })
}
