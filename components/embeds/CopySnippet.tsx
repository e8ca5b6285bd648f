'use client'

import { useId, useState } from 'react'

/**
 * A snippet to paste elsewhere: a read-only box anyone can select, and a Copy button that says when
 * it worked. Without JavaScript (or clipboard access) the box alone does the job.
 */
export function CopySnippet({ label, value, hint }: { label: string; value: string; hint?: string }) {
  const id = useId()
  const [status, setStatus] = useState('')

  async function copy() {
    try {
      await navigator.clipboard.writeText(value)
      setStatus(`${label} copied.`)
    } catch {
      const box = document.getElementById(id)
      if (box instanceof HTMLTextAreaElement) box.select()
      setStatus('Copying was refused: the text is selected, press Ctrl+C or ⌘C.')
    }
  }

  return (
    <div className="space-y-1.5">
      <div className="flex items-center justify-between gap-3">
        <label htmlFor={id} className="font-sans text-sm font-semibold">
          {label}
        </label>
        <button type="button" onClick={copy} className="vote-button" aria-describedby={`${id}-status`}>
          Copy<span className="sr-only"> {label.toLowerCase()}</span>
        </button>
      </div>
      <textarea
        id={id}
        readOnly
        value={value}
        rows={value.length > 120 ? 4 : 2}
        spellCheck={false}
        onFocus={(event) => event.currentTarget.select()}
        className="block w-full resize-y rounded border border-rule bg-paper p-2 font-mono text-xs text-ink"
      />
      {hint ? <p className="text-sm text-ink-muted">{hint}</p> : null}
      <p id={`${id}-status`} role="status" className="text-sm text-ink-muted empty:hidden">
        {status}
      </p>
    </div>
  )
}
