import { publicEnv } from '@/lib/env/public'
import { Studio } from './Studio'
import { StudioSetupNotice } from './StudioSetupNotice'

export { metadata, viewport } from 'next-sanity/studio'

export const dynamic = 'force-static'

export default function StudioPage() {
  // Without a project the Studio can only show Sanity's "couldn't reach the servers" dialog.
  if (publicEnv.contentSource === 'bundled') return <StudioSetupNotice />
  return <Studio />
}
