import { draftMode } from 'next/headers'
import { NextResponse, type NextRequest } from 'next/server'
import { sameOriginPath } from '@/lib/safe-redirect'

async function disable(request: NextRequest) {
  ;(await draftMode()).disable()
  const target = sameOriginPath(request.nextUrl.searchParams.get('redirect'))
  return NextResponse.redirect(new URL(target, request.nextUrl.origin), 303)
}

export { disable as GET, disable as POST }
