'use client'

import Form from 'next/form'
import { useRouter } from 'next/navigation'
import { useEffect, useId, useRef, useState, useSyncExternalStore, type KeyboardEvent } from 'react'

import { noSubscription } from '@/components/reactions/form-parts'
import { formatScore } from '@/lib/score'
import { MAX_QUERY_LENGTH } from '@/lib/search/request'
import { moveActiveIndex, searchPageHref, suggestionCountMessage } from '@/lib/search/suggestions'
import { groupByType, type SearchResponse, type SearchResult } from '@/lib/search/types'

const DEBOUNCE_MS = 150
const SUGGESTION_LIMIT = 8

/** The latest answer from the API; `results` is null when it could not be reached. */
interface Answer {
  query: string
  results: SearchResult[] | null
}

async function fetchSuggestions(query: string, signal: AbortSignal): Promise<SearchResult[]> {
  const params = new URLSearchParams({ q: query, limit: String(SUGGESTION_LIMIT) })
  const response = await fetch(`/api/search?${params}`, { signal, headers: { Accept: 'application/json' } })
  if (!response.ok) throw new Error(`Search answered ${response.status}`)
  const body = (await response.json()) as SearchResponse
  return body.results
}

export interface SearchBoxProps {
  className?: string
}

/**
 * The header's search box. Without JavaScript it is a plain GET form to /search. Once hydrated it
 * becomes the WAI-ARIA APG combobox with a list popup: suggestions from /api/search as the reader
 * types, grouped by kind, walked with the arrow keys while focus stays in the text box, and their
 * count announced in a live region.
 */
export function SearchBox({ className = '' }: SearchBoxProps) {
  const router = useRouter()
  // False on the server and while hydrating, so the first client render matches the plain form.
  const hydrated = useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  )
  const id = useId()
  const inputId = `${id}input`
  const listboxId = `${id}listbox`
  const optionId = (index: number) => `${id}option-${index}`
  const listboxRef = useRef<HTMLDivElement>(null)

  const [value, setValue] = useState('')
  const [answer, setAnswer] = useState<Answer | null>(null)
  const [open, setOpen] = useState(false)
  const [activeIndex, setActiveIndex] = useState(-1)
  const query = value.trim()

  useEffect(() => {
    if (!query || query.length > MAX_QUERY_LENGTH) return
    const controller = new AbortController()
    const timer = setTimeout(() => {
      fetchSuggestions(query, controller.signal).then(
        (results) => setAnswer({ query, results }),
        () => {
          if (!controller.signal.aborted) setAnswer({ query, results: null })
        },
      )
    }, DEBOUNCE_MS)
    // A newer query cancels the wait and the request: an old answer never replaces a newer one.
    return () => {
      clearTimeout(timer)
      controller.abort()
    }
  }, [query])

  // The previous answer stays on screen while the next one is on its way, so the list does not
  // flicker on every keystroke; only an answer to what is in the box now is announced.
  const results = query && query.length <= MAX_QUERY_LENGTH ? (answer?.results ?? []) : []
  const groups = groupByType(results)
  // The order the options are shown in, which is the order the arrow keys walk.
  const displayed = groups.flatMap((group) => group.results)
  const allResultsIndex = displayed.length
  const optionCount = results.length > 0 ? results.length + 1 : 0
  const expanded = hydrated && open && optionCount > 0
  const current = answer !== null && answer.query === query ? answer : null
  const status = !current
    ? ''
    : current.results === null
      ? 'Suggestions could not be loaded. Press Enter to search.'
      : suggestionCountMessage(current.results.length, query)

  useEffect(() => {
    if (activeIndex < 0) return
    listboxRef.current?.querySelector(`[data-index="${activeIndex}"]`)?.scrollIntoView({ block: 'nearest' })
  }, [activeIndex])

  function close() {
    setOpen(false)
    setActiveIndex(-1)
  }

  function go(url: string) {
    close()
    router.push(url)
  }

  function urlOf(index: number): string {
    return index === allResultsIndex ? searchPageHref(query) : displayed[index].url
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    // Keys that confirm a Hangul syllable in an input method belong to the input method.
    if (event.nativeEvent.isComposing) return
    switch (event.key) {
      case 'ArrowDown':
      case 'ArrowUp': {
        if (optionCount === 0) return
        event.preventDefault()
        const step = event.key === 'ArrowDown' ? 1 : -1
        if (!expanded) {
          setOpen(true)
          // Alt+ArrowDown opens the list without choosing anything (APG).
          setActiveIndex(event.altKey ? -1 : moveActiveIndex(-1, optionCount, step))
        } else {
          setActiveIndex(moveActiveIndex(activeIndex, optionCount, step))
        }
        return
      }
      case 'Enter':
        // With no option active, Enter submits the form: the search page for the query.
        if (expanded && activeIndex >= 0) {
          event.preventDefault()
          go(urlOf(activeIndex))
        }
        return
      case 'Escape':
        // preventDefault also stops the browser's own clearing of a search field on Escape.
        event.preventDefault()
        if (expanded) close()
        else setValue('')
        return
      case 'Home':
      case 'End':
      case 'ArrowLeft':
      case 'ArrowRight':
        // The caret moves in the text box; the list keeps no active option.
        setActiveIndex(-1)
        return
      case 'Tab':
        close()
        return
    }
  }

  function renderOption(result: SearchResult) {
    const index = displayed.indexOf(result)
    const details = [result.subtitle, result.score === undefined ? '' : `score ${formatScore(result.score)}`]
      .filter(Boolean)
      .join(' · ')
    return (
      <div
        key={index}
        id={optionId(index)}
        data-index={index}
        role="option"
        aria-selected={index === activeIndex}
        onClick={() => go(result.url)}
        className={optionClass}
      >
        <span className="block font-medium text-ink">{result.title}</span>
        {details ? <span className="block text-sm text-ink-muted">{details}</span> : null}
      </div>
    )
  }

  return (
    <Form
      action="/search"
      // Every page shows the box: prefetching the search page on each of them would be wasted.
      prefetch={false}
      role="search"
      // The search page has a search form of its own; the landmarks need names apart.
      aria-label="Site"
      onSubmit={close}
      className={`relative font-sans ${className}`}
    >
      <label htmlFor={inputId} className="sr-only">
        Search the site
      </label>
      <div className="flex gap-2">
        <input
          id={inputId}
          name="q"
          type="search"
          value={value}
          onChange={(event) => {
            setValue(event.target.value)
            setActiveIndex(-1)
            setOpen(true)
            if (!event.target.value.trim()) setAnswer(null)
          }}
          onKeyDown={onKeyDown}
          onBlur={close}
          placeholder="Series, people, episodes…"
          enterKeyHint="search"
          className="h-11 min-w-0 flex-1 rounded border border-rule-strong bg-paper px-3 text-base text-ink placeholder:text-ink-muted"
          // The combobox exists only once hydrated: without JavaScript this is a plain search field.
          role={hydrated ? 'combobox' : undefined}
          aria-expanded={hydrated ? expanded : undefined}
          aria-controls={hydrated ? listboxId : undefined}
          aria-autocomplete={hydrated ? 'list' : undefined}
          aria-activedescendant={expanded && activeIndex >= 0 ? optionId(activeIndex) : undefined}
          autoComplete={hydrated ? 'off' : undefined}
        />
        <button
          type="submit"
          className="h-11 shrink-0 rounded border border-ink bg-ink px-4 font-semibold text-paper hover:opacity-90"
        >
          Search
        </button>
      </div>
      {hydrated ? (
        <div
          ref={listboxRef}
          id={listboxId}
          role="listbox"
          aria-label="Suggestions"
          hidden={!expanded}
          // Keeps focus in the text box when an option is clicked, so the list stays open until it is.
          onMouseDown={(event) => event.preventDefault()}
          className="absolute inset-x-0 top-full z-30 mt-1 max-h-[min(70vh,28rem)] overflow-y-auto rounded border border-rule-strong bg-paper py-1 shadow-lg"
        >
          {groups.map((group) => (
            <div key={group.type} role="group" aria-labelledby={`${id}group-${group.type}`}>
              <div role="presentation" id={`${id}group-${group.type}`} className="kicker px-3 pt-2 pb-1">
                {group.label}
              </div>
              {group.results.map(renderOption)}
            </div>
          ))}
          <div
            id={optionId(allResultsIndex)}
            data-index={allResultsIndex}
            role="option"
            aria-selected={activeIndex === allResultsIndex}
            onClick={() => go(searchPageHref(query))}
            className={`${optionClass} mt-1 border-t border-rule`}
          >
            All results for “{query}”
          </div>
        </div>
      ) : null}
      <p role="status" className="sr-only">
        {status}
      </p>
    </Form>
  )
}

const optionClass =
  'cursor-pointer px-3 py-2 hover:bg-paper-raised aria-selected:bg-accent-soft aria-selected:outline-2 ' +
  'aria-selected:-outline-offset-2 aria-selected:outline-focus'
