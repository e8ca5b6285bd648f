/**
 * Comment drafts kept in the reader's browser (localStorage) until they are posted or discarded,
 * one per subject and per comment replied to, so a reload or a crashed tab loses nothing. Also the
 * ids of comments this browser posted, so their "Edit" link shows while their author may edit.
 * Storage may be unavailable (private modes, quotas): then nothing is kept, and forms still work.
 */
import { EMPTY_COMMENT_VALUES, type CommentFormValues } from '@/lib/reactions/comment-form-state'
import { EDIT_WINDOW_MS } from '@/lib/reactions/types'

const draftKey = (subject: string, parent: string | null) => `reader-comment-draft:${subject}:${parent ?? 'top'}`

export function readCommentDraft(subject: string, parent: string | null): CommentFormValues | null {
  try {
    const stored = window.localStorage.getItem(draftKey(subject, parent))
    if (!stored) return null
    const parsed = JSON.parse(stored) as Partial<CommentFormValues>
    return {
      body: typeof parsed.body === 'string' ? parsed.body : '',
      name: typeof parsed.name === 'string' ? parsed.name : '',
      aboutLaterEpisodes: parsed.aboutLaterEpisodes === true,
    }
  } catch {
    return null
  }
}

export function saveCommentDraft(subject: string, parent: string | null, values: CommentFormValues): void {
  try {
    if (!values.body && !values.name) window.localStorage.removeItem(draftKey(subject, parent))
    else window.localStorage.setItem(draftKey(subject, parent), JSON.stringify(values))
  } catch {
    // Storage full or unavailable: the draft is just not kept.
  }
}

export function forgetCommentDraft(subject: string, parent: string | null): void {
  try {
    window.localStorage.removeItem(draftKey(subject, parent))
  } catch {
    // Nothing was kept.
  }
}

function field(form: HTMLFormElement, name: string): HTMLInputElement | HTMLTextAreaElement | null {
  const element = form.elements.namedItem(name)
  return element instanceof HTMLInputElement || element instanceof HTMLTextAreaElement ? element : null
}

/** What a comment form holds now. */
export function commentDraftOf(form: HTMLFormElement): CommentFormValues {
  const later = field(form, 'aboutLaterEpisodes')
  return {
    ...EMPTY_COMMENT_VALUES,
    body: field(form, 'body')?.value ?? '',
    name: field(form, 'name')?.value ?? '',
    aboutLaterEpisodes: later instanceof HTMLInputElement && later.checked,
  }
}

/** Puts a kept draft back, unless the reader typed something already (before the page was interactive). */
export function restoreCommentDraft(form: HTMLFormElement, draft: CommentFormValues): void {
  const body = field(form, 'body')
  const name = field(form, 'name')
  const typed = (element: HTMLInputElement | HTMLTextAreaElement | null) =>
    element !== null && element.value !== element.defaultValue
  if (typed(body) || typed(name)) return
  if (body) body.value = draft.body
  if (name && draft.name) name.value = draft.name
  const later = field(form, 'aboutLaterEpisodes')
  if (later instanceof HTMLInputElement) later.checked = draft.aboutLaterEpisodes
}

const OWN_COMMENTS_KEY = 'reader-own-comments'
const OWN_COMMENTS_EVENT = 'reader-own-comments-change'

function readOwnComments(): Record<string, number> {
  try {
    const parsed = JSON.parse(window.localStorage.getItem(OWN_COMMENTS_KEY) ?? '{}') as unknown
    if (!parsed || typeof parsed !== 'object') return {}
    return Object.fromEntries(
      Object.entries(parsed).filter((entry): entry is [string, number] => typeof entry[1] === 'number'),
    )
  } catch {
    return {}
  }
}

/** Remembers a comment this browser posted, until its edit window closes. */
export function rememberOwnComment(id: string, createdAt: string): void {
  const now = Date.now()
  const kept = Object.fromEntries(Object.entries(readOwnComments()).filter(([, until]) => until > now))
  kept[id] = Date.parse(createdAt) + EDIT_WINDOW_MS
  try {
    window.localStorage.setItem(OWN_COMMENTS_KEY, JSON.stringify(kept))
  } catch {
    return
  }
  window.dispatchEvent(new Event(OWN_COMMENTS_EVENT))
}

/** Whether this browser posted the comment and its author may still edit it. */
export function isOwnEditableComment(id: string): boolean {
  const until = readOwnComments()[id]
  return typeof until === 'number' && until > Date.now()
}

export function subscribeToOwnComments(onChange: () => void): () => void {
  window.addEventListener(OWN_COMMENTS_EVENT, onChange)
  window.addEventListener('storage', onChange)
  return () => {
    window.removeEventListener(OWN_COMMENTS_EVENT, onChange)
    window.removeEventListener('storage', onChange)
  }
}
