import type { ReactNode } from 'react'

import { mainContentId } from './SkipLink'

/**
 * The page's one <main>, target of the skip link. tabIndex -1 lets the skip link move keyboard
 * focus here (not only scroll) without adding a tab stop.
 */
export function MainContent({ children }: { children: ReactNode }) {
  return (
    <main id={mainContentId} tabIndex={-1} className="flex-1 outline-none">
      {children}
    </main>
  )
}
