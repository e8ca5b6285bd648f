import type { Metadata } from 'next'
import Link from 'next/link'

import { ActionForm } from '@/components/moderation/ActionForm'
import { formatDateTime } from '@/components/moderation/format'
import { CsrfField, ModeratorFrame, SignedOut } from '@/components/moderation/ModeratorFrame'
import { buttonClass, linkClass } from '@/components/moderation/styles'
import { endReaderBlock } from '@/lib/moderation/actions'
import { requestAccess } from '@/lib/moderation/access'
import { getModerationService } from '@/lib/reactions/moderation-service'
import { moderationItemPath, moderationPath } from '@/lib/routes'

export const metadata: Metadata = { title: 'Blocks' }

export default async function ModerationBlocksPage() {
  const path = moderationPath('blocks')
  const access = await requestAccess()
  if (access.state !== 'signed-in') return <SignedOut access={access} returnTo={path} />
  const blocks = await (await getModerationService()).blocks()
  return (
    <ModeratorFrame access={access} current="blocks" path={path}>
      <h1 className="mb-4 font-serif text-3xl font-semibold">Blocked readers</h1>
      {blocks.length === 0 ? (
        <p className="text-ink-muted">No reader is blocked.</p>
      ) : (
        <ol className="space-y-4">
          {blocks.map((block) => (
            <li key={block.id} className="rounded border border-rule p-4">
              <p>
                Until <time dateTime={block.until}>{formatDateTime(block.until)}</time>, by {block.by} on{' '}
                <time dateTime={block.createdAt}>{formatDateTime(block.createdAt)}</time>
              </p>
              {block.reason ? <p>Reason: {block.reason}</p> : null}
              {block.itemId ? (
                <p>
                  <Link href={moderationItemPath(block.itemId)} className={linkClass}>
                    The item that led to it
                  </Link>
                </p>
              ) : null}
              <ActionForm action={endReaderBlock} permalink={path} label="End this block" className="mt-2">
                <input type="hidden" name="id" value={block.id} />
                <CsrfField access={access} />
                <button type="submit" className={buttonClass}>
                  End the block
                </button>
              </ActionForm>
            </li>
          ))}
        </ol>
      )}
    </ModeratorFrame>
  )
}
