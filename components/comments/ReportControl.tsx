'use client'

import { useRef, useState, type FormEvent } from 'react'

import { REPORT_REASON_LABELS, REPORT_REASONS } from '@/lib/reactions/types'

export interface ReportControlProps {
  /** The comment or reader review id. */
  item: string
  /** What is reported, for screen readers: "comment 3 by Joon". */
  itemLabel: string
  /** The page to go back to after a report sent without JavaScript (a path on this site). */
  returnTo: string
}

interface ReportAnswer {
  counted: boolean
  hidden: boolean
}

function thanks({ counted, hidden }: ReportAnswer): string {
  if (!counted) return 'You have reported this already; a moderator will read it.'
  if (hidden) return 'Thank you: it is hidden until a moderator has read it.'
  return 'Thank you: your report was received. A moderator will read it.'
}

/**
 * "Report": a disclosure holding a plain form with the reasons, posting to the reports API, so it
 * works without JavaScript (the API answers with a page that links back). With JavaScript the
 * report is sent as JSON and the answer shows in place.
 */
export function ReportControl({ item, itemLabel, returnTo }: ReportControlProps) {
  const [message, setMessage] = useState('')
  const [sending, setSending] = useState(false)
  const disclosure = useRef<HTMLDetailsElement>(null)

  async function send(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    const reason = new FormData(event.currentTarget).get('reason')
    setSending(true)
    try {
      const response = await fetch('/api/reactions/reports', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ item, reason }),
      })
      const body = (await response.json()) as ReportAnswer | { error: string }
      if (!response.ok || 'error' in body) {
        setMessage(`Your report was not sent: ${'error' in body ? body.error : response.statusText}`)
        return
      }
      setMessage(thanks(body))
      // The form folds away with the button that had focus: give focus back to "Report".
      if (disclosure.current) {
        disclosure.current.open = false
        disclosure.current.querySelector('summary')?.focus()
      }
    } catch {
      setMessage('Your report was not sent: the site could not be reached. Try again.')
    } finally {
      setSending(false)
    }
  }

  return (
    <div className="font-sans text-sm">
      <details ref={disclosure} className="group">
        <summary className="cursor-pointer text-ink-muted hover:text-ink">
          Report<span className="sr-only"> {itemLabel}</span>
        </summary>
        <form method="post" action="/api/reactions/reports" onSubmit={send} className="mt-2 space-y-2">
          <input type="hidden" name="item" value={item} />
          <input type="hidden" name="returnTo" value={returnTo} />
          <fieldset className="space-y-1">
            <legend className="font-semibold text-ink">Why should a moderator look at this?</legend>
            {REPORT_REASONS.map((reason) => (
              <label key={reason} className="flex items-center gap-2">
                <input type="radio" name="reason" value={reason} required className="size-4 accent-accent" />
                {REPORT_REASON_LABELS[reason]}
              </label>
            ))}
          </fieldset>
          <button type="submit" disabled={sending} className="vote-button">
            {sending ? 'Sending…' : 'Send report'}
          </button>
        </form>
      </details>
      <p role="status" className="mt-1 text-ink-muted empty:hidden">
        {message}
      </p>
    </div>
  )
}
