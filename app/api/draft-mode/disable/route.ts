import { draftMode } from 'next/headers'
import type { NextRequest } from 'next/server'
import { redirectWithinSite, sameOriginPath } from '@/lib/safe-redirect'

async function disable(request: NextRequest) {
  ;(await draftMode()).disable()
  const target = sameOriginPath(request.nextUrl.searchParams.get('redirect'))
  return redirectWithinSite(target, 303)
}

export { disable as GET, disable as POST }
