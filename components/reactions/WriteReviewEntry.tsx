'use client'

import { useEffect, useRef, useState, type MouseEvent } from 'react'

import { startReaderReview } from '@/lib/reactions/actions'
import type { ReaderReview } from '@/lib/reactions/types'

import { readDraft } from './review-drafts'
import { ReviewForm } from './ReviewForm'
import { readerReviewPath } from '@/lib/routes'

export interface WriteReviewEntryProps {
  /** The series or episode `_id`. */
  subject: string
  subjectTitle: string
  kind: 'series' | 'episode'
  episodeCount?: number | null
  /** The write page, where the link goes without JavaScript. */
  writePageHref: string
}

const entryButtonClass =
  'inline-flex min-h-11 items-center rounded border border-ink px-4 py-2 font-sans font-semibold text-ink ' +
  'no-underline hover:bg-ink hover:text-paper'

function PostedReview({ review }: { review: ReaderReview }) {
  const ownPage = readerReviewPath(review.id)
  return (
    <div className="space-y-3 rounded-md border border-rule bg-paper-raised p-5">
      <p role="status" className="font-sans font-semibold">
        {review.status === 'published'
          ? 'Thanks: your review is published.'
          : 'Thanks: your review will appear once a moderator has read it.'}
      </p>
      <article id={`reader-review-${review.id}`} className="space-y-2">
        <p className="kicker">
          Your review · {review.rating}/10{review.containsSpoilers ? ' · contains spoilers' : ''}
        </p>
        <h3 className="text-xl">{review.title}</h3>
        <p className="whitespace-pre-line">{review.body}</p>
        <p className="text-sm text-ink-muted">by {review.name}</p>
      </article>
      <p className="font-sans text-sm">
        <a href={ownPage} className="text-link">
          Your review’s own page
        </a>{' '}
        (you can edit or delete it there for 15 minutes)
      </p>
    </div>
  )
}

/**
 * "Write a review" beside a subject's reader reviews. Without JavaScript, a link to the write page;
 * with it, the form opens in place (its draft kept in the browser until sent) and the new review
 * shows where the form was.
 */
export function WriteReviewEntry({ subject, subjectTitle, kind, episodeCount, writePageHref }: WriteReviewEntryProps) {
  const [open, setOpen] = useState(false)
  const [formToken, setFormToken] = useState<string | null | undefined>(undefined)
  const [posted, setPosted] = useState<ReaderReview | null>(null)
  const [hasDraft, setHasDraft] = useState(false)
  const heading = useRef<HTMLHeadingElement>(null)

  useEffect(() => {
    // A draft saved in this browser: the link says so. Read after hydration, storage being browser-only.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    setHasDraft(readDraft(subject) !== null)
  }, [subject])

  useEffect(() => {
    if (open) heading.current?.focus()
  }, [open])

  async function openInPlace(event: MouseEvent<HTMLAnchorElement>) {
    // New tab, new window: let the link do what the reader asked.
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return
    event.preventDefault()
    setOpen(true)
    try {
      setFormToken((await startReaderReview()).formToken)
    } catch {
      window.location.assign(writePageHref)
    }
  }

  if (posted) return <PostedReview review={posted} />
  if (!open) {
    return (
      <a href={writePageHref} onClick={openInPlace} className={entryButtonClass}>
        {hasDraft ? 'Continue your review' : 'Write a review'}
      </a>
    )
  }
  return (
    <section aria-labelledby={`write-review-${subject}`} className="space-y-4 rounded-md border border-rule p-5">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h3 id={`write-review-${subject}`} ref={heading} tabIndex={-1} className="text-xl focus-visible:outline-none">
          Your review of {subjectTitle}
        </h3>
        <button type="button" onClick={() => setOpen(false)} className="text-link font-sans text-sm">
          Close (your draft is kept)
        </button>
      </div>
      {formToken === undefined ? (
        <p role="status" className="font-sans text-ink-muted">
          Opening the form…
        </p>
      ) : (
        <ReviewForm
          mode="create"
          subject={subject}
          subjectTitle={subjectTitle}
          kind={kind}
          episodeCount={episodeCount}
          formToken={formToken}
          pagePath={writePageHref}
          onCreated={setPosted}
        />
      )}
    </section>
  )
}
