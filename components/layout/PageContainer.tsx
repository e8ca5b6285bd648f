import type { ReactNode } from 'react'

type Width = 'page' | 'measure'

/** Horizontal frame for a page section: full page width, or the reading measure for text pages. */
export function PageContainer({
  children,
  width = 'page',
  className = '',
}: {
  children: ReactNode
  width?: Width
  className?: string
}) {
  const max = width === 'measure' ? 'max-w-measure' : 'max-w-page'
  return <div className={`mx-auto w-full ${max} px-5 sm:px-8 ${className}`.trim()}>{children}</div>
}
