import type { ReactNode } from 'react'

/** Long-form text at a readable measure (~65ch) with the editorial serif. */
export function Prose({ children, className = '' }: { children: ReactNode; className?: string }) {
  return <div className={`prose ${className}`.trim()}>{children}</div>
}
