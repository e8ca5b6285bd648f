import type { Metadata, Viewport } from 'next'

import { publicEnv } from '@/lib/env/public'
import { SiteFrame } from '@/app/(site)/_components/SiteFrame'
import { StudioLoader } from './StudioLoader'
import { StudioSetupNotice } from './StudioSetupNotice'

const projectConfigured = publicEnv.contentSource === 'content-lake'

// next-sanity/studio's `metadata` and `viewport`, written out: that module also exports the Studio
// itself, which the setup notice must not import.
export const metadata: Metadata = projectConfigured
  ? { title: 'Studio', referrer: 'same-origin', robots: 'noindex' }
  : { title: 'The Studio needs a Sanity project', robots: 'noindex' }

export const viewport: Viewport = projectConfigured
  ? { width: 'device-width', initialScale: 1, viewportFit: 'cover' }
  : {}

export const dynamic = 'force-static'

export default function StudioPage() {
  // Without a project the Studio can only show Sanity's "couldn't reach the servers" dialog.
  if (!projectConfigured) {
    return (
      <SiteFrame>
        <StudioSetupNotice />
      </SiteFrame>
    )
  }
  return <StudioLoader />
}
