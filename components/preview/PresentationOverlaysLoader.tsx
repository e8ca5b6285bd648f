'use client'

import dynamic from 'next/dynamic'

/**
 * The overlays, fetched only when this renders (draft mode on the Content Lake). The layout's
 * client chunk holds just this loader, so published pages ship none of the overlays' code.
 */
export const PresentationOverlaysLoader = dynamic(
  () => import('./PresentationOverlays').then((module) => module.PresentationOverlays),
  { ssr: false },
)
