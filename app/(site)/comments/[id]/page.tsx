import type { Metadata } from 'next'
import { cookies } from 'next/headers'
import { notFound } from 'next/navigation'
import { cache } from 'react'

import { FormattedDateTime } from '@/components/format/FormattedDate'
import { Breadcrumbs } from '@/components/layout/Breadcrumbs'
import { PageContainer } from '@/components/layout/PageContainer'
import { env } from '@/lib/env/server'
import { READER_COOKIE } from '@/lib/reactions/identity'
import { getReactionService } from '@/lib/reactions/service'
import type { ReviewStatus } from '@/lib/reactions/types'
import { commentAnchor } from '@/lib/routes'

import { OwnCommentControls } from '../_components/OwnCommentControls'

type Params = Promise<{ id: string }>

const STATUS_LABELS: Record<ReviewStatus, string> = {
  published: 'Published',
  pending: 'Waiting for a moderator',
  hidden: 'Hidden until a moderator has read it',
  rejected: 'Not published by a moderator',
  deleted: 'Deleted',
}

// Rendered per request: what it shows depends on the reader's cookie.
const loadComment = cache(async (id: string) => {
  if (!env.readerReactions) return null
  const service = await getReactionService()
  return service.ownComment(id, service.reader((await cookies()).get(READER_COOKIE)?.value))
})

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const view = await loadComment((await params).id)
  return {
    title: view ? `A comment by ${view.comment.name}` : 'Comment',
    // One reader's words, shown in the discussion; this page is for its author and for links.
    robots: { index: false },
  }
}

/**
 * One comment, with its status; its author may edit or delete it for 15 minutes after posting. A
 * deleted comment has no page: deleting it leads back to the discussion.
 */
export default async function ReaderCommentPage({ params }: { params: Params }) {
  const view = await loadComment((await params).id)
  if (!view) notFound()
  const { comment, subject, isAuthor, editableUntil } = view
  const crumbs = [...(subject ? [{ label: subject.title, href: subject.path }] : []), { label: 'Comment' }]
  const inThread = subject ? `${subject.path}#${commentAnchor(comment.id)}` : null

  return (
    <PageContainer width="measure" className="space-y-8 py-8 sm:py-12">
      <Breadcrumbs items={crumbs} prefetch={false} />
      <article className="space-y-4">
        <header className="space-y-2">
          <p className="kicker">
            {isAuthor ? 'Your comment' : 'Comment'}
            {subject ? ` on ${subject.title}` : null} · {STATUS_LABELS[comment.status]}
          </p>
          <h1 className="text-3xl">
            {comment.parent ? 'A reply' : 'A comment'} by {comment.name}
          </h1>
          <p className="font-sans text-ink-muted">
            <FormattedDateTime value={comment.createdAt} />
            {comment.aboutLaterEpisodes ? ' · discusses later episodes' : null}
          </p>
        </header>
        {comment.status === 'pending' ? (
          <p role="status" className="rounded-md border border-rule bg-paper-raised p-4 font-sans">
            Thanks: your comment will appear in the discussion once a moderator has read it.
          </p>
        ) : null}
        {/* Plain text as typed: React escapes it, and no link in it is made clickable. */}
        <p className="prose font-serif whitespace-pre-line">{comment.body}</p>
      </article>

      {/* A plain link: a page prefetched before the edit would still show the old text. */}
      {subject && inThread ? (
        <p className="font-sans">
          <a href={comment.status === 'published' ? inThread : `${subject.path}#comments`} className="text-link">
            {comment.status === 'published' ? 'See it in the discussion' : `Back to ${subject.title}`}
          </a>
        </p>
      ) : null}

      {isAuthor && editableUntil !== null && subject ? (
        <>
          <p className="rounded-md border border-rule bg-paper-raised p-4 font-sans">
            You can edit or delete this comment until{' '}
            <time dateTime={new Date(editableUntil).toISOString()}>
              {new Date(editableUntil).toISOString().slice(11, 16)} UTC
            </time>
            , 15 minutes after posting.
          </p>
          <OwnCommentControls
            commentId={comment.id}
            asksAboutLaterEpisodes={subject.episodes !== null}
            values={{ body: comment.body, name: comment.name, aboutLaterEpisodes: comment.aboutLaterEpisodes }}
          />
        </>
      ) : null}
    </PageContainer>
  )
}
