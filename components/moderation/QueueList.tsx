import Link from 'next/link'

import { moderationItemPath } from '@/lib/routes'
import { type ModerationItem, REPORT_REASON_LABELS, REPORT_REASONS } from '@/lib/reactions/types'

import { formatDateTime } from './format'
import { linkClass } from './styles'

export const ITEM_KIND_LABELS: Record<ModerationItem['kind'], string> = {
  comment: 'Comment',
  readerReview: 'Reader review',
}

const EXCERPT_LENGTH = 240

/** Reports by reason, most first: "Abusive or hateful (2), Spam or advertising (1)". */
export function ReportReasons({ item }: { item: ModerationItem }) {
  const reasons = REPORT_REASONS.filter((reason) => (item.reports[reason] ?? 0) > 0).sort(
    (a, b) => (item.reports[b] ?? 0) - (item.reports[a] ?? 0),
  )
  if (reasons.length === 0) return null
  return (
    <p className="text-sm">
      <strong>
        {item.reportCount} {item.reportCount === 1 ? 'report' : 'reports'}:
      </strong>{' '}
      {reasons.map((reason) => `${REPORT_REASON_LABELS[reason]} (${item.reports[reason]})`).join(', ')}
    </p>
  )
}

/** One queue as a list: what each item says, who wrote it, its state, and a link to act on it. */
export function QueueList({ items, empty }: { items: ModerationItem[]; empty: string }) {
  if (items.length === 0) return <p className="text-ink-muted">{empty}</p>
  return (
    <ol className="space-y-4">
      {items.map((item) => (
        <li key={item.id} className="rounded border border-rule p-4">
          <p className="text-sm text-ink-muted">
            {ITEM_KIND_LABELS[item.kind]} by {item.name} · {item.status} ·{' '}
            <time dateTime={item.createdAt}>{formatDateTime(item.createdAt)}</time>
          </p>
          <h2 className="mt-1 font-semibold">
            <Link href={moderationItemPath(item.id)} className={linkClass}>
              {item.title ?? `${ITEM_KIND_LABELS[item.kind]} by ${item.name}`}
            </Link>
          </h2>
          <p className="mt-1 break-words whitespace-pre-line">
            {item.body.length > EXCERPT_LENGTH ? `${item.body.slice(0, EXCERPT_LENGTH)}…` : item.body}
          </p>
          <ReportReasons item={item} />
        </li>
      ))}
    </ol>
  )
}
