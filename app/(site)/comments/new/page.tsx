import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { CommentForm } from '@/components/comments/CommentForm'
import { FormattedDateTime } from '@/components/format/FormattedDate'
import { Breadcrumbs } from '@/components/layout/Breadcrumbs'
import { PageContainer } from '@/components/layout/PageContainer'
import { env } from '@/lib/env/server'
import { findCommentSubject } from '@/lib/reactions/comment-subjects'
import { getReactionService } from '@/lib/reactions/service'
import { commentAnchor, commentWritePath } from '@/lib/routes'

type SearchParams = Promise<Record<string, string | string[] | undefined>>

export const metadata: Metadata = {
  title: 'Write a comment',
  // A form for one subject; the discussion itself is on the subject's page.
  robots: { index: false },
}

function single(value: string | string[] | undefined): string | null {
  return typeof value === 'string' && value ? value : null
}

/**
 * Writing a comment or a reply without JavaScript: the discussion's pages are cached and the same
 * for everyone, so the form with its fresh token lives here (rendered per request). A posted
 * comment sends the reader back to its place in the thread.
 */
export default async function WriteCommentPage({ searchParams }: { searchParams: SearchParams }) {
  if (!env.readerReactions) notFound()
  const query = await searchParams
  const subjectId = single(query.subject)
  const parentId = single(query.parent)
  const subject = subjectId ? await findCommentSubject(subjectId) : null
  if (!subject) notFound()
  const service = await getReactionService()
  const parentView = parentId ? await service.ownComment(parentId, null) : null
  const parent = parentView?.comment
  if (parentId && (!parent || parent.status !== 'published' || parent.subject !== subject.id || parent.parent)) {
    notFound()
  }
  const heading = parent ? `Reply to ${parent.name}` : `Comment on ${subject.title}`

  return (
    <PageContainer width="measure" className="space-y-8 py-8 sm:py-12">
      <Breadcrumbs items={[{ label: subject.title, href: subject.path }, { label: heading }]} />
      <h1 className="text-3xl sm:text-4xl">{heading}</h1>
      {parent ? (
        <blockquote className="space-y-1 border-l-4 border-rule-strong pl-4">
          <p className="font-sans text-sm text-ink-muted">
            <span className="font-semibold text-ink">{parent.name}</span> ·{' '}
            <FormattedDateTime value={parent.createdAt} />
          </p>
          {/* Plain text as typed: React escapes it. */}
          <p className="font-serif whitespace-pre-line">{parent.body}</p>
        </blockquote>
      ) : null}
      <CommentForm
        mode="create"
        subject={subject.id}
        parent={parent?.id ?? null}
        formToken={service.formToken()}
        startWith={parent ? `@${parent.name} ` : undefined}
        label={heading}
        asksAboutLaterEpisodes={subject.episodes !== null}
        pagePath={commentWritePath(subject.id, parent?.id)}
      />
      <p className="font-sans">
        <a
          href={parent ? `${subject.path}#${commentAnchor(parent.id)}` : `${subject.path}#comments`}
          className="text-link"
        >
          Back to {subject.title}
        </a>
      </p>
    </PageContainer>
  )
}
