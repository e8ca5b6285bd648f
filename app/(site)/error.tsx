'use client'

import Link from 'next/link'
import { useEffect } from 'react'

import { PageContainer } from '@/components/layout/PageContainer'

/** A page failed to render: say so plainly, offer a retry, and keep the header and footer. */
export default function PageError({ error, retry }: { error: unknown; retry: () => void }) {
  const digest = error instanceof Error && 'digest' in error && typeof error.digest === 'string' ? error.digest : null
  useEffect(() => {
    console.error(error)
  }, [error])

  return (
    <PageContainer width="measure" className="py-16">
      <p className="kicker">Something went wrong</p>
      <h1 className="mt-2 text-3xl sm:text-4xl">This page could not be shown</h1>
      <p className="mt-4 font-serif text-lg">
        Our side failed while putting it together. Trying again often works; if it does not, the rest of the site is
        still here.
      </p>
      {digest ? <p className="mt-2 text-sm text-ink-muted">Reference: {digest}</p> : null}
      <div className="mt-8 flex flex-wrap gap-4">
        <button
          type="button"
          onClick={() => retry()}
          className="inline-flex min-h-11 items-center rounded bg-ink px-4 py-2 font-semibold text-paper hover:bg-accent hover:text-on-accent"
        >
          Try again
        </button>
        <Link
          href="/"
          className="inline-flex min-h-11 items-center rounded border border-ink px-4 py-2 font-semibold no-underline"
        >
          Go to the front page
        </Link>
      </div>
    </PageContainer>
  )
}
