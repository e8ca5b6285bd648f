import { draftMode } from 'next/headers'
import { NextResponse, type NextRequest } from 'next/server'
import { defineEnableDraftMode } from 'next-sanity/draft-mode'
import { env } from '@/lib/env/server'
import { previewClient } from '@/lib/content/preview-client'
import { redirectWithinSite, sameOriginPath } from '@/lib/safe-redirect'
import { secretsMatch } from '@/lib/secret-compare'

/** The site's own 401 page, which says the link is wrong or expired (a route handler's 401 has no body). */
const linkRefused = () => redirectWithinSite('/preview/link-refused', 303)

/**
 * On a Sanity project, Presentation sends a one-time secret that next-sanity checks against the
 * Content Lake. On the bundled dataset there is no Content Lake, so the secret comes from
 * SANITY_PREVIEW_SECRET: /api/draft-mode/enable?secret=...&redirect=/reviews/some-slug
 */
async function enableWithBundledSecret(request: NextRequest) {
  if (!env.previewSecret) {
    console.error('[draft-mode] SANITY_PREVIEW_SECRET is not set: draft preview is off.')
    return new NextResponse('Draft preview is not configured on this server.', { status: 503 })
  }
  const { searchParams } = request.nextUrl
  if (!secretsMatch(searchParams.get('secret'), env.previewSecret)) {
    return linkRefused()
  }
  ;(await draftMode()).enable()
  const target = sameOriginPath(searchParams.get('redirect') ?? searchParams.get('sanity-preview-pathname'))
  return redirectWithinSite(target, 307)
}

const contentLake = previewClient ? defineEnableDraftMode({ client: previewClient }) : null

export async function GET(request: NextRequest) {
  if (!contentLake) return enableWithBundledSecret(request)
  const response = await contentLake.GET(request)
  return response.status === 401 ? linkRefused() : response
}
