import type { Metadata } from 'next'
import { metadata as studioMetadata } from 'next-sanity/studio'

import { publicEnv } from '@/lib/env/public'
import { Studio } from './Studio'
import { StudioSetupNotice } from './StudioSetupNotice'

export { viewport } from 'next-sanity/studio'

// A document needs a title before the Studio's script renames the tab (and without it, on the notice).
export const metadata: Metadata = {
  ...studioMetadata,
  title: publicEnv.contentSource === 'bundled' ? 'The Studio needs a Sanity project' : 'Studio',
}

export const dynamic = 'force-static'

export default function StudioPage() {
  // Without a project the Studio can only show Sanity's "couldn't reach the servers" dialog.
  if (publicEnv.contentSource === 'bundled') return <StudioSetupNotice />
  return <Studio />
}
