import type { ReactNode } from 'react'

import { PageContainer } from './PageContainer'

/** What every error page shows first: the status as a kicker, a plain heading, then what to do. */
export function ErrorMessage({ status, title, children }: { status: number; title: string; children: ReactNode }) {
  return (
    <PageContainer width="measure" className="py-16 sm:py-24">
      <p className="kicker">Error {status}</p>
      <h1 className="mt-2 text-4xl sm:text-5xl">{title}</h1>
      {children}
    </PageContainer>
  )
}
