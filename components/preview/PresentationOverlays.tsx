'use client'

import { useRouter } from 'next/navigation'
import { VisualEditing, type VisualEditingProps } from 'next-sanity/visual-editing/client-component'
import { useCallback } from 'react'

type SuspiciousStegaReports = Parameters<NonNullable<VisualEditingProps['onSuspiciousStega']>>[0]

/** How long Presentation shows its refreshing state; a draft page re-renders in well under this. */
const REFRESH_SPINNER_MS = 1000

/**
 * The Studio's click-to-edit overlays (next-sanity's VisualEditing), drawn over the stega-marked
 * text of a draft-mode page on the Content Lake. Draft pages render per request, so when the
 * Studio reports an edit (or the editor presses refresh) a router refresh re-reads the drafts and
 * the page follows the typing: see docs/visual-editing.md for why this and not Sanity Live.
 */
export function PresentationOverlays() {
  const router = useRouter()
  // Every refresh, manual or after an edit, re-renders the page on the server with the latest drafts.
  const refresh = useCallback(() => {
    router.refresh()
    return new Promise<void>((resolve) => setTimeout(resolve, REFRESH_SPINNER_MS))
  }, [router])
  return <VisualEditing refresh={refresh} onSuspiciousStega={reportSuspiciousStega} />
}

/** Stega where it breaks things (an href, an id, the <title>) is a bug to fix with stegaClean: say where. */
function reportSuspiciousStega(reports: SuspiciousStegaReports) {
  for (const report of reports) {
    console.warn(
      `[visual-editing] stega in ${report.kind}${report.attribute ? ` "${report.attribute}"` : ''}: ` +
        `${JSON.stringify(report.cleaned)}; clean it with stegaClean where the value is used.`,
      report.element ?? '',
    )
  }
}
