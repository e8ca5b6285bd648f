import Link from 'next/link'

import { ScoreBadge } from '@/components/score/ScoreBadge'
import type { SearchResultGroup } from '@/lib/search/types'

/** One type's results on /search: a heading with the count, then each title, what it is, and its score. */
export function SearchResultList({ group }: { group: SearchResultGroup }) {
  const headingId = `search-group-${group.type}`
  return (
    <section aria-labelledby={headingId} className="space-y-3">
      <h3 id={headingId} className="kicker">
        {group.label} ({group.results.length})
      </h3>
      <ol className="divide-y divide-rule border-y border-rule">
        {group.results.map((result) => (
          <li key={result.url} className="flex items-start justify-between gap-4 py-3">
            <div className="min-w-0">
              <Link href={result.url} prefetch={false} className="font-serif text-lg font-semibold">
                {result.title}
              </Link>
              {result.subtitle ? <p className="text-sm text-ink-muted">{result.subtitle}</p> : null}
            </div>
            {typeof result.score === 'number' ? <ScoreBadge score={result.score} size="sm" showBand={false} /> : null}
          </li>
        ))}
      </ol>
    </section>
  )
}
