/**
 * Review drafts kept in the reader's browser (localStorage) until they are sent, one per subject,
 * so a reload or a closed tab loses nothing. Storage may be unavailable (private modes, quotas):
 * then drafts are simply not kept.
 */
import { EMPTY_REVIEW_VALUES, type ReviewFormValues } from '@/lib/reactions/form-state'

const key = (subject: string) => `reader-review-draft:${subject}`

export function readDraft(subject: string): ReviewFormValues | null {
  try {
    const stored = window.localStorage.getItem(key(subject))
    if (!stored) return null
    const parsed = JSON.parse(stored) as Partial<ReviewFormValues>
    const draft = { ...EMPTY_REVIEW_VALUES }
    for (const name of Object.keys(draft) as (keyof ReviewFormValues)[]) {
      if (typeof parsed[name] === typeof draft[name]) Object.assign(draft, { [name]: parsed[name] })
    }
    return draft
  } catch {
    return null
  }
}

export function saveDraft(subject: string, values: ReviewFormValues): void {
  try {
    window.localStorage.setItem(key(subject), JSON.stringify(values))
  } catch {
    // Storage full or unavailable: the form still works, the draft is just not kept.
  }
}

export function forgetDraft(subject: string): void {
  try {
    window.localStorage.removeItem(key(subject))
  } catch {
    // Nothing was kept.
  }
}

const TEXT_FIELDS = ['rating', 'title', 'body', 'name', 'episodesWatched'] as const

type ReviewField = HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement

function field(form: HTMLFormElement, name: string): ReviewField | null {
  const element = form.elements.namedItem(name)
  return element instanceof HTMLInputElement ||
    element instanceof HTMLTextAreaElement ||
    element instanceof HTMLSelectElement
    ? element
    : null
}

/** What the review form holds now. */
export function draftOf(form: HTMLFormElement): ReviewFormValues {
  const draft = { ...EMPTY_REVIEW_VALUES }
  for (const name of TEXT_FIELDS) draft[name] = field(form, name)?.value ?? ''
  const spoilers = field(form, 'containsSpoilers')
  draft.containsSpoilers = spoilers instanceof HTMLInputElement && spoilers.checked
  return draft
}

/** Puts a kept draft back, unless the reader has typed something already (before the page was interactive). */
export function restoreDraft(form: HTMLFormElement, draft: ReviewFormValues): void {
  if (TEXT_FIELDS.some((name) => field(form, name)?.value)) return
  for (const name of TEXT_FIELDS) {
    const element = field(form, name)
    if (element) element.value = draft[name]
  }
  const spoilers = field(form, 'containsSpoilers')
  if (spoilers instanceof HTMLInputElement) spoilers.checked = draft.containsSpoilers
}
