'use client'

import { useSyncExternalStore, type MouseEvent } from 'react'

import { FormattedDateTime } from '@/components/format/FormattedDate'
import { nativeScriptLang } from '@/components/format/native-script-lang'
import { SpoilerBlock } from '@/components/spoilers/SpoilerBlock'
import type { MentionTarget } from '@/lib/reactions/mentions'
import type { CommentSubjectView } from '@/lib/reactions/page-reads'
import type { ReaderComment } from '@/lib/reactions/types'
import { commentAnchor, commentWritePath, readerCommentPath } from '@/lib/routes'

import { CommentBody } from './CommentBody'
import { isOwnEditableComment, subscribeToOwnComments } from './comment-drafts'
import { ReportControl } from './ReportControl'

export interface CommentItemProps {
  comment: ReaderComment
  /** "3", or "3.2" for the second reply to the third comment. */
  number: string
  subject: CommentSubjectView
  mentionable: readonly MentionTarget[]
  /** The top-level comment a reply to this one goes under (itself, or its parent). */
  replyParent: string
  /** With JavaScript: open the reply form in place. */
  onReply: (parent: string, mention: string) => void
}

function followsLink(event: MouseEvent<HTMLAnchorElement>): boolean {
  // New tab, new window: let the link do what the reader asked.
  return event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey
}

/**
 * One comment: number and permalink, name, time, the text with its mentions (folded when it
 * discusses later episodes), and Reply, Edit (its author, for 15 minutes) and Report. A comment
 * still waiting for a moderator is shown only to its author, in place, and says so.
 */
export function CommentItem({ comment, number, subject, mentionable, replyParent, onReply }: CommentItemProps) {
  const anchor = commentAnchor(comment.id)
  const editable = useSyncExternalStore(
    subscribeToOwnComments,
    () => isOwnEditableComment(comment.id),
    () => false,
  )
  const published = comment.status === 'published'
  const body = <CommentBody body={comment.body} mentionable={mentionable} />
  const folded = comment.aboutLaterEpisodes && subject.laterEpisodesFrom !== null

  return (
    <article
      id={anchor}
      tabIndex={-1}
      aria-label={`Comment ${number} by ${comment.name}`}
      className="space-y-2 rounded-md target:bg-accent-soft target:outline-2 target:outline-accent focus-visible:outline-2"
    >
      <p className="flex flex-wrap items-baseline gap-x-3 font-sans text-sm text-ink-muted">
        {published ? (
          <a href={`#${anchor}`} className="font-semibold tabular-nums text-ink-muted">
            <span className="sr-only">Link to comment </span>#{number}
          </a>
        ) : null}
        <span lang={nativeScriptLang(comment.name)} className="text-base font-semibold text-ink">
          {comment.name}
        </span>
        <FormattedDateTime value={comment.createdAt} />
      </p>
      {published ? null : (
        <p role="status" className="font-sans text-sm font-semibold">
          Your comment is waiting for a moderator; only you can see it here until it is published.
        </p>
      )}
      {folded ? (
        <SpoilerBlock
          episode={subject.laterEpisodesFrom}
          seriesSlug={subject.seriesSlug}
          summary={`${comment.name} marked this comment as discussing later episodes.`}
        >
          {body}
        </SpoilerBlock>
      ) : (
        body
      )}
      <div className="flex flex-wrap items-start gap-x-5 gap-y-1 font-sans text-sm">
        {published ? (
          <a
            href={commentWritePath(subject.id, replyParent)}
            onClick={(event) => {
              if (followsLink(event)) return
              event.preventDefault()
              onReply(replyParent, comment.name)
            }}
            className="font-semibold text-accent"
          >
            Reply<span className="sr-only"> to {comment.name}</span>
          </a>
        ) : null}
        {editable ? (
          <a href={readerCommentPath(comment.id)} className="font-semibold text-accent">
            Edit<span className="sr-only"> your comment</span>
          </a>
        ) : null}
        {published ? (
          <ReportControl
            item={comment.id}
            itemLabel={`comment ${number} by ${comment.name}`}
            returnTo={`${subject.path}#${anchor}`}
          />
        ) : null}
      </div>
    </article>
  )
}
