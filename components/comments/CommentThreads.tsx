'use client'

import { useEffect, useRef, useState, type MouseEvent } from 'react'

import { startReaderComment } from '@/lib/reactions/comment-actions'
import { mentionTargetsFor } from '@/lib/reactions/mentions'
import type { CommentSubjectView } from '@/lib/reactions/page-reads'
import type { CommentThread, ReaderComment } from '@/lib/reactions/types'
import { commentAnchor, commentWritePath } from '@/lib/routes'

import { readCommentDraft, rememberOwnComment } from './comment-drafts'
import { CommentForm } from './CommentForm'
import { CommentItem } from './CommentItem'

export interface CommentThreadsProps {
  subject: CommentSubjectView
  /** Published top-level comments, oldest first, each with its published replies. */
  threads: CommentThread[]
}

interface Replying {
  parent: string
  /** "@Joon " to start the reply with, when there is no draft. */
  startWith: string
  /** Opened by the reader (focus goes to it), not reopened for a kept draft. */
  asked: boolean
}

const entryButtonClass =
  'inline-flex min-h-11 items-center rounded border border-ink px-4 py-2 font-sans font-semibold text-ink ' +
  'no-underline hover:bg-ink hover:text-paper'

/** A comment form opened on the (cached) page: it first asks the server for a fresh form token. */
function InPlaceCommentForm({
  subject,
  parent,
  startWith,
  label,
  asked,
  onCreated,
  onClose,
}: {
  subject: CommentSubjectView
  parent: string | null
  startWith?: string
  label: string
  asked: boolean
  onCreated: (comment: ReaderComment) => void
  onClose: () => void
}) {
  const [formToken, setFormToken] = useState<string | null | undefined>(undefined)
  const writePage = commentWritePath(subject.id, parent)

  useEffect(() => {
    let current = true
    startReaderComment().then(
      (started) => current && setFormToken(started.formToken),
      () => window.location.assign(writePage),
    )
    return () => {
      current = false
    }
  }, [writePage])

  return (
    <div className="space-y-3 rounded-md border border-rule p-4 sm:p-5">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <p className="font-sans font-semibold">{label}</p>
        <button type="button" onClick={onClose} className="text-link font-sans text-sm">
          Close (what you typed is kept)
        </button>
      </div>
      {formToken === undefined ? (
        <p role="status" className="font-sans text-ink-muted">
          Opening the form…
        </p>
      ) : (
        <CommentForm
          mode="create"
          subject={subject.id}
          parent={parent}
          formToken={formToken}
          startWith={startWith}
          label={label}
          asksAboutLaterEpisodes={subject.laterEpisodesFrom !== null}
          pagePath={writePage}
          onCreated={onCreated}
          onDiscard={onClose}
          focusBody={asked}
        />
      )}
    </div>
  )
}

/**
 * A subject's discussion: comments oldest first, numbered, each with its replies one level deep,
 * and the forms to join in. Without JavaScript "Write a comment" and "Reply" lead to the write page;
 * with it the forms open in place (what is typed is kept in the browser), and a posted comment
 * shows at once where it belongs, or says that it waits for a moderator.
 */
export function CommentThreads({ subject, threads }: CommentThreadsProps) {
  const [added, setAdded] = useState<ReaderComment[]>([])
  /** The new-comment form: closed, reopened for a kept draft, or opened by the reader. */
  const [composing, setComposing] = useState<'closed' | 'kept' | 'asked'>('closed')
  const [replying, setReplying] = useState<Replying | null>(null)
  const [justPosted, setJustPosted] = useState<string | null>(null)
  const writePage = commentWritePath(subject.id)
  const entry = useRef<HTMLAnchorElement>(null)

  // A draft kept in this browser reopens its form, so a reload loses nothing. Storage is browser-only.
  useEffect(() => {
    /* eslint-disable react-hooks/set-state-in-effect */
    if (readCommentDraft(subject.id, null)) setComposing((now) => (now === 'closed' ? 'kept' : now))
    const replyDraft = threads.find((thread) => readCommentDraft(subject.id, thread.id))
    if (replyDraft) setReplying((now) => now ?? { parent: replyDraft.id, startWith: '', asked: false })
    /* eslint-enable react-hooks/set-state-in-effect */
  }, [subject.id, threads])

  useEffect(() => {
    if (!justPosted) return
    const posted = document.getElementById(commentAnchor(justPosted))
    posted?.scrollIntoView({ block: 'center' })
    posted?.focus({ preventScroll: true })
  }, [justPosted])

  // After a post the server may send the page again with the new comment in it: show it once.
  const shown = new Set(threads.flatMap((thread) => [thread.id, ...thread.replies.map((reply) => reply.id)]))
  const fresh = added.filter((comment) => !shown.has(comment.id))
  const all: CommentThread[] = [
    ...threads.map((thread) => ({
      ...thread,
      replies: [...thread.replies, ...fresh.filter((comment) => comment.parent === thread.id)],
    })),
    ...fresh.filter((comment) => comment.parent === null).map((comment) => ({ ...comment, replies: [] })),
  ]
  const everyone = all.flatMap((thread) => [thread, ...thread.replies]).filter((c) => c.status === 'published')

  function posted(comment: ReaderComment) {
    rememberOwnComment(comment.id, comment.createdAt)
    setAdded((before) => [...before, comment])
    setJustPosted(comment.id)
    if (comment.parent === null) setComposing('closed')
    else setReplying(null)
  }

  function openInPlace(event: MouseEvent<HTMLAnchorElement>) {
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return
    event.preventDefault()
    setComposing('asked')
  }

  let number = 0
  return (
    <div className="space-y-8">
      {all.length > 0 ? (
        <ol className="space-y-6">
          {all.map((thread) => {
            const threadNumber = thread.status === 'published' ? String((number += 1)) : '–'
            return (
              <li key={thread.id} className="space-y-4 border-t border-rule pt-4">
                <CommentItem
                  comment={thread}
                  number={threadNumber}
                  subject={subject}
                  mentionable={mentionTargetsFor(thread, everyone)}
                  replyParent={thread.id}
                  onReply={(parent, mention) => setReplying({ parent, startWith: `@${mention} `, asked: true })}
                />
                {thread.replies.length > 0 ? (
                  <ol aria-label={`Replies to ${thread.name}`} className="ml-4 space-y-4 border-l-2 border-rule pl-4">
                    {thread.replies.map((reply, index) => (
                      <li key={reply.id}>
                        <CommentItem
                          comment={reply}
                          number={`${threadNumber}.${index + 1}`}
                          subject={subject}
                          mentionable={mentionTargetsFor(reply, everyone)}
                          replyParent={thread.id}
                          onReply={(parent, mention) => setReplying({ parent, startWith: `@${mention} `, asked: true })}
                        />
                      </li>
                    ))}
                  </ol>
                ) : null}
                {replying?.parent === thread.id ? (
                  <div className="ml-4 pl-4">
                    <InPlaceCommentForm
                      key={replying.startWith}
                      subject={subject}
                      parent={thread.id}
                      startWith={replying.startWith}
                      asked={replying.asked}
                      label={`Your reply to ${thread.name}`}
                      onCreated={posted}
                      onClose={() => setReplying(null)}
                    />
                  </div>
                ) : null}
              </li>
            )
          })}
        </ol>
      ) : (
        <p className="text-ink-muted">No comments yet.</p>
      )}

      {composing !== 'closed' ? (
        <InPlaceCommentForm
          subject={subject}
          parent={null}
          label="Your comment"
          asked={composing === 'asked'}
          onCreated={posted}
          onClose={() => {
            setComposing('closed')
            requestAnimationFrame(() => entry.current?.focus())
          }}
        />
      ) : (
        <p>
          <a ref={entry} href={writePage} onClick={openInPlace} className={entryButtonClass}>
            Write a comment
          </a>
        </p>
      )}
    </div>
  )
}
