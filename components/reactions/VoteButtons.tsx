'use client'

import { useState, type FormEvent } from 'react'

export interface VoteButtonsProps {
  reviewId: string
  helpful: number
  notHelpful: number
  /** The page to come back to after a vote sent without JavaScript (a path on this site). */
  returnTo: string
}

/**
 * "Was this review helpful?": one plain form per answer, posting to the votes API, so it works
 * without JavaScript (the API sends the reader back to `returnTo`). With JavaScript the vote is
 * sent as JSON and the counts change in place; the reader's answer shows as pressed.
 */
export function VoteButtons({ reviewId, helpful, notHelpful, returnTo }: VoteButtonsProps) {
  const [counts, setCounts] = useState({ helpful, notHelpful })
  const [chosen, setChosen] = useState<boolean | null>(null)
  const [message, setMessage] = useState('')
  const [sending, setSending] = useState(false)
  const action = `/api/reactions/reviews/${encodeURIComponent(reviewId)}/votes`

  async function vote(event: FormEvent<HTMLFormElement>, answer: boolean) {
    event.preventDefault()
    setSending(true)
    try {
      const response = await fetch(action, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ helpful: answer }),
      })
      const body = (await response.json()) as { helpful: number; notHelpful: number } | { error: string }
      if (!response.ok || 'error' in body) {
        setMessage(`Your vote was not counted: ${'error' in body ? body.error : response.statusText}`)
        return
      }
      setCounts(body)
      setChosen(answer)
      setMessage(answer ? 'Thanks: counted as helpful.' : 'Thanks: counted as not helpful.')
    } catch {
      setMessage('Your vote was not counted: the site could not be reached. Try again.')
    } finally {
      setSending(false)
    }
  }

  const answers = [
    { answer: true, label: 'Helpful', count: counts.helpful },
    { answer: false, label: 'Not helpful', count: counts.notHelpful },
  ]
  return (
    <div className="font-sans text-sm">
      <div role="group" aria-label="Was this review helpful?" className="flex flex-wrap items-center gap-2">
        <span aria-hidden="true" className="text-ink-muted">
          Was this helpful?
        </span>
        {answers.map(({ answer, label, count }) => (
          <form key={label} method="post" action={action} onSubmit={(event) => vote(event, answer)}>
            <input type="hidden" name="helpful" value={String(answer)} />
            <input type="hidden" name="returnTo" value={returnTo} />
            <button type="submit" disabled={sending} aria-pressed={chosen === answer} className="vote-button">
              {label}
              <span aria-hidden="true" className="font-normal tabular-nums">
                ({count})
              </span>
              <span className="sr-only">
                , {count} {count === 1 ? 'vote' : 'votes'}
              </span>
            </button>
          </form>
        ))}
      </div>
      <p role="status" className="mt-1 min-h-5 text-ink-muted">
        {message}
      </p>
    </div>
  )
}
