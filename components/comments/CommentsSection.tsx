import type { CommentSubjectView } from '@/lib/reactions/page-reads'
import type { CommentThread } from '@/lib/reactions/types'

import { CommentThreads } from './CommentThreads'

export interface CommentsSectionProps {
  subject: CommentSubjectView
  /** As readCommentThreads returns them: published comments, oldest first, with their replies. */
  threads: CommentThread[]
  /** Published comments and replies in all. */
  total: number
}

/**
 * "Comments" under a critic's review or a news article. The page stays static: the comments come
 * in as data (the thread is a client list), and nothing in it depends on who reads it.
 */
export function CommentsSection({ subject, threads, total }: CommentsSectionProps) {
  return (
    <section id="comments" aria-labelledby="comments-heading" className="space-y-6">
      <div className="flex flex-wrap items-baseline justify-between gap-3">
        <h2 id="comments-heading" className="text-2xl">
          Comments
        </h2>
        {total > 0 ? (
          <p className="font-sans text-sm text-ink-muted">
            {total.toLocaleString('en-GB')} {total === 1 ? 'comment' : 'comments'}
          </p>
        ) : null}
      </div>
      <CommentThreads subject={subject} threads={threads} />
    </section>
  )
}
