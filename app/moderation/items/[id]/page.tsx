import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound } from 'next/navigation'

import { ActionForm } from '@/components/moderation/ActionForm'
import { formatDateTime } from '@/components/moderation/format'
import { CsrfField, ModeratorFrame, type SignedIn, SignedOut } from '@/components/moderation/ModeratorFrame'
import { ITEM_KIND_LABELS, ReportReasons } from '@/components/moderation/QueueList'
import { buttonClass, inputClass, linkClass, primaryButtonClass } from '@/components/moderation/styles'
import { moderateItem } from '@/lib/moderation/actions'
import { requestAccess } from '@/lib/moderation/access'
import { decisionsFor, getModerationService } from '@/lib/reactions/moderation-service'
import type { ModerationItem } from '@/lib/reactions/types'
import { commentAnchor, moderationItemPath, readerReviewPath } from '@/lib/routes'

export const metadata: Metadata = { title: 'Item' }

const decisions = [
  { action: 'approve', label: 'Approve' },
  { action: 'reject', label: 'Reject' },
  { action: 'hide', label: 'Hide' },
  { action: 'restore', label: 'Restore' },
] as const

/** Where readers see the item: a comment at its anchor on the subject's page, a review on its own page. */
function readerPath(item: ModerationItem, subjectPath: string | null): string | null {
  if (item.kind === 'readerReview') return readerReviewPath(item.id)
  return subjectPath ? `${subjectPath}#${commentAnchor(item.id)}` : null
}

function ItemFields({ access, item }: { access: SignedIn; item: ModerationItem }) {
  return (
    <>
      <input type="hidden" name="id" value={item.id} />
      <CsrfField access={access} />
    </>
  )
}

function NoteField({ id, label, placeholder }: { id: string; label: string; placeholder?: string }) {
  return (
    <div>
      <label htmlFor={id} className="block font-semibold">
        {label}
      </label>
      <input id={id} name="note" maxLength={500} placeholder={placeholder} className={inputClass} />
    </div>
  )
}

export default async function ModerationItemPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params
  const path = moderationItemPath(id)
  const access = await requestAccess()
  if (access.state !== 'signed-in') return <SignedOut access={access} returnTo={path} />
  const found = await (await getModerationService()).item(id)
  if (!found) notFound()
  const { item, history, subjectPath, subjectTitle } = found
  const onSite = readerPath(item, subjectPath)
  const kind = ITEM_KIND_LABELS[item.kind]
  const applicable = decisions.filter(({ action }) => decisionsFor(item.status).includes(action))
  return (
    <ModeratorFrame access={access} path={path}>
      <article aria-labelledby="item-heading" className="space-y-8">
        <header>
          <p className="text-sm text-ink-muted">
            {kind} by {item.name} on {subjectTitle ?? item.subject} · posted{' '}
            <time dateTime={item.createdAt}>{formatDateTime(item.createdAt)}</time>
          </p>
          <h1 id="item-heading" className="font-serif text-3xl font-semibold">
            {item.title ?? kind}
          </h1>
          <p>
            State: <strong data-testid="item-status">{item.status}</strong>
            {item.spoilerFlag ? ' · marked as a spoiler' : ''}
          </p>
          {onSite ? (
            <p>
              <Link href={onSite} className={linkClass}>
                Where readers see it{subjectTitle ? `: ${subjectTitle}` : ''}
              </Link>
            </p>
          ) : null}
        </header>

        <section aria-label="Text">
          <p className="rounded border border-rule bg-paper-raised p-4 break-words whitespace-pre-line">{item.body}</p>
        </section>

        <section aria-labelledby="reports-heading" className="space-y-3">
          <h2 id="reports-heading" className="text-xl font-semibold">
            Reports
          </h2>
          {item.reportCount > 0 ? <ReportReasons item={item} /> : <p className="text-ink-muted">No open reports.</p>}
        </section>

        <section aria-labelledby="decide-heading" className="space-y-3">
          <h2 id="decide-heading" className="text-xl font-semibold">
            Decide
          </h2>
          {applicable.length ? (
            <ActionForm action={moderateItem} permalink={path} label="Decide" className="space-y-3">
              <ItemFields access={access} item={item} />
              <NoteField id="decision-note" label="Note for the history (optional)" />
              <div className="flex flex-wrap gap-3">
                {applicable.map(({ action, label }) => (
                  <button key={action} type="submit" name="action" value={action} className={buttonClass}>
                    {label}
                  </button>
                ))}
              </div>
            </ActionForm>
          ) : (
            <p>Nothing to decide: its author deleted it.</p>
          )}
        </section>

        <section aria-labelledby="edit-heading" className="space-y-3">
          <h2 id="edit-heading" className="text-xl font-semibold">
            Edit
          </h2>
          <ActionForm action={moderateItem} permalink={path} label="Edit" className="space-y-3">
            <ItemFields access={access} item={item} />
            <input type="hidden" name="hasSpoilerFlag" value="1" />
            {item.title !== null ? (
              <div>
                <label htmlFor="edit-title" className="block font-semibold">
                  Title
                </label>
                <input id="edit-title" name="title" defaultValue={item.title} className={inputClass} />
              </div>
            ) : null}
            <div>
              <label htmlFor="edit-body" className="block font-semibold">
                Text
              </label>
              <textarea id="edit-body" name="body" rows={8} defaultValue={item.body} className={inputClass} />
            </div>
            <div>
              <input
                id="edit-spoiler"
                type="checkbox"
                name="spoilerFlag"
                defaultChecked={item.spoilerFlag}
                className="mr-2"
              />
              <label htmlFor="edit-spoiler">
                {item.kind === 'comment' ? 'Discusses later episodes (folded)' : 'Contains spoilers (folded)'}
              </label>
            </div>
            <NoteField id="edit-note" label="Note for the history" placeholder="edit out a spoiler" />
            <button type="submit" name="action" value="edit" className={primaryButtonClass}>
              Save the edit
            </button>
          </ActionForm>
        </section>

        <section aria-labelledby="block-heading" className="space-y-3">
          <h2 id="block-heading" className="text-xl font-semibold">
            Block the author
          </h2>
          <p className="text-sm text-ink-muted">
            The browser and the address this was posted from cannot post for the days you choose.
          </p>
          <ActionForm action={moderateItem} permalink={path} label="Block the author" className="space-y-3">
            <ItemFields access={access} item={item} />
            <div>
              <label htmlFor="block-days" className="block font-semibold">
                Days (1 to 365)
              </label>
              <input
                id="block-days"
                name="days"
                type="number"
                min={1}
                max={365}
                defaultValue={7}
                required
                className={inputClass}
              />
            </div>
            <NoteField id="block-note" label="Reason" />
            <button type="submit" name="action" value="block" className={buttonClass}>
              Block the author
            </button>
          </ActionForm>
        </section>

        <section aria-labelledby="history-heading" className="space-y-3">
          <h2 id="history-heading" className="text-xl font-semibold">
            History
          </h2>
          {history.length === 0 ? (
            <p className="text-ink-muted">No action yet.</p>
          ) : (
            <table className="w-full text-left text-sm">
              <thead>
                <tr>
                  <th scope="col">When</th>
                  <th scope="col">Who</th>
                  <th scope="col">What</th>
                  <th scope="col">Note</th>
                </tr>
              </thead>
              <tbody>
                {history.map((entry) => (
                  <tr key={entry.id} className="border-t border-rule">
                    <td>
                      <time dateTime={entry.createdAt}>{formatDateTime(entry.createdAt)}</time>
                    </td>
                    <td>{entry.by}</td>
                    <td>{entry.action}</td>
                    <td className="break-words">{entry.note}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </section>
      </article>
    </ModeratorFrame>
  )
}
