'use client'

import { usePathname } from 'next/navigation'
import type { ReactNode } from 'react'

/**
 * Shown on every page while an editor previews drafts; the exit link brings them back here.
 * `drafts` names the drafts the page shows (DraftDocumentsOnPage, streamed in when the page has read).
 */
export function DraftModeBanner({ drafts }: { drafts?: ReactNode }) {
  const pathname = usePathname() ?? '/'
  return (
    <section
      aria-label="Draft mode"
      className="sticky top-0 z-50 flex flex-wrap items-center justify-center gap-x-4 gap-y-1 bg-amber-300 px-4 py-2 text-center text-sm text-neutral-950"
    >
      <p>
        <strong>Draft mode:</strong> drafts show in place of what is published.
      </p>
      {drafts}
      <a
        className="font-semibold underline underline-offset-4"
        href={`/api/draft-mode/disable?redirect=${encodeURIComponent(pathname)}`}
      >
        Exit draft mode
      </a>
    </section>
  )
}
