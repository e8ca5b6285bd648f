import { PageContainer } from '@/components/layout/PageContainer'

/** Shown while a page that was not prerendered is generated for the first time. */
export default function Loading() {
  return (
    <PageContainer className="py-16">
      <div role="status" aria-live="polite" className="space-y-4">
        <p className="font-serif text-xl text-ink-muted">Loading…</p>
        <div aria-hidden="true" className="space-y-3">
          <div className="h-8 w-2/3 max-w-xl animate-pulse rounded bg-paper-raised motion-reduce:animate-none" />
          <div className="h-4 w-full max-w-measure animate-pulse rounded bg-paper-raised motion-reduce:animate-none" />
          <div className="h-4 w-5/6 max-w-measure animate-pulse rounded bg-paper-raised motion-reduce:animate-none" />
        </div>
      </div>
    </PageContainer>
  )
}
