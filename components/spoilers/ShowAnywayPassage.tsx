'use client'

import { useRef, useState, type ReactNode } from 'react'

import { ShieldedMarkup, type ShieldedMarkupProps } from './shielded-markup'

export interface ShowAnywayPassageProps extends Omit<ShieldedMarkupProps, 'override' | 'spoilerFree' | 'layout'> {
  /** Why the passage is hidden, e.g. "You have not reached episode 5 yet…". */
  notice: ReactNode
  /** The button, e.g. "Show the synopsis anyway". */
  showLabel: string
}

/**
 * A long passage the shield folds away (no space reserved), with a button to read it anyway on
 * this page. Focus moves to the passage so keyboard and screen reader users land on what they asked for.
 */
export function ShowAnywayPassage({ notice, showLabel, full, ...markup }: ShowAnywayPassageProps) {
  const [shownAnyway, setShownAnyway] = useState(false)
  const passage = useRef<HTMLDivElement>(null)

  return (
    <ShieldedMarkup
      {...markup}
      layout="collapse"
      override={shownAnyway}
      full={
        <div ref={passage} tabIndex={shownAnyway ? -1 : undefined} className="outline-none">
          {full}
        </div>
      }
      spoilerFree={
        <div className="rounded-md border border-dashed border-rule-strong bg-paper-raised px-4 py-4 font-sans sm:px-5">
          <p className="text-ink">{notice}</p>
          <button
            type="button"
            onClick={() => {
              setShownAnyway(true)
              // After React commits the override, the passage is displayed and can take focus.
              requestAnimationFrame(() => passage.current?.focus())
            }}
            className={
              'mt-3 inline-flex min-h-11 items-center rounded border border-ink px-3 py-2 text-sm font-semibold ' +
              'text-ink hover:bg-ink hover:text-paper'
            }
          >
            {showLabel}
          </button>
        </div>
      }
    />
  )
}
