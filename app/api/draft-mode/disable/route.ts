import { draftMode } from 'next/headers'
import type { NextRequest } from 'next/server'
import { pathAfterDraftMode } from '@/lib/content/exit-draft-mode'
import { redirectWithinSite, sameOriginPath } from '@/lib/safe-redirect'

async function disable(request: NextRequest) {
  ;(await draftMode()).disable()
  const target = sameOriginPath(request.nextUrl.searchParams.get('redirect'))
  return redirectWithinSite(await pathAfterDraftMode(target), 303)
}

export { disable as GET, disable as POST }
