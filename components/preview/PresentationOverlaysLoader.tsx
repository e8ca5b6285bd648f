'use client'

import { lazy, Suspense } from 'react'

// A chunk of its own, fetched only when this renders (draft mode on the Content Lake): the layout's
// client code holds just this loader, so published pages ship none of the overlays' code.
const PresentationOverlays = lazy(() =>
  import('./PresentationOverlays').then((module) => ({ default: module.PresentationOverlays })),
)

export function PresentationOverlaysLoader() {
  return (
    <Suspense fallback={null}>
      <PresentationOverlays />
    </Suspense>
  )
}
