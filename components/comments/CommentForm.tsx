'use client'

import { useActionState, useEffect, useId, useRef, useState, useSyncExternalStore } from 'react'

import { editReaderComment, submitReaderComment } from '@/lib/reactions/comment-actions'
import {
  type CommentFormState,
  type CommentFormValues,
  EMPTY_COMMENT_VALUES,
  LATER_EPISODES_ASKED,
} from '@/lib/reactions/comment-form-state'
import { COMMENT_LIMITS, type ReaderComment } from '@/lib/reactions/types'

import {
  commentDraftOf,
  forgetCommentDraft,
  readCommentDraft,
  restoreCommentDraft,
  saveCommentDraft,
} from './comment-drafts'
import { fieldInputClass, noSubscription } from '@/components/reactions/form-parts'

export type CommentFormProps = {
  /** The page this form posts to without JavaScript (React's permalink), which shows the answer. */
  pagePath: string
  /** "Discusses later episodes" is asked only on subjects that cover particular episodes. */
  asksAboutLaterEpisodes: boolean
  /** Names the form for assistive technology: "Your comment", "Your reply to Joon". */
  label: string
} & (
  | {
      mode: 'create'
      subject: string
      /** The top-level comment this replies to. */
      parent: string | null
      /** A signed timestamp from the service; null when posting is unavailable. */
      formToken: string | null
      /** What the body starts with when there is no draft, e.g. "@Joon " in a reply. */
      startWith?: string
      /** With JavaScript: called with the new comment, which the thread then shows; without, the post redirects. */
      onCreated?: (comment: ReaderComment) => void
      /** With JavaScript: called after the reader discarded the draft. */
      onDiscard?: () => void
      /** Opened at the reader's request: the text box takes focus, ready to type after what it holds. */
      focusBody?: boolean
    }
  | { mode: 'edit'; commentId: string; initialValues: CommentFormValues }
)

const initialState: CommentFormState = { status: 'idle' }

/**
 * A comment or reply form, or the author's edit of their comment. A plain form without JavaScript;
 * with it, what is typed is kept in the browser (per subject and comment replied to) until it is
 * posted or discarded, and a refused post keeps every field as typed beside its error.
 */
export function CommentForm(props: CommentFormProps) {
  const { pagePath, asksAboutLaterEpisodes, label, mode } = props
  const [state, formAction, pending] = useActionState(
    mode === 'create' ? submitReaderComment : editReaderComment,
    initialState,
    pagePath,
  )
  const idPrefix = useId()
  const id = (name: string) => `${idPrefix}-${name}`
  // Drafts are kept per subject and per comment replied to; an edit keeps none.
  const draftSubject = mode === 'create' ? props.subject : null
  const draftParent = mode === 'create' ? props.parent : null
  const values =
    state.status === 'error'
      ? state.values
      : mode === 'edit'
        ? props.initialValues
        : { ...EMPTY_COMMENT_VALUES, body: props.startWith ?? '' }
  const hydrated = useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  )
  const form = useRef<HTMLFormElement>(null)
  const errorSummary = useRef<HTMLDivElement>(null)
  const [length, setLength] = useState(values.body.length)
  const onCreated = mode === 'create' ? props.onCreated : undefined
  const handled = useRef<CommentFormState>(initialState)

  // A draft kept in this browser fills the form once hydrated, unless the reader already typed.
  useEffect(() => {
    const kept = draftSubject && state.status === 'idle' ? readCommentDraft(draftSubject, draftParent) : null
    if (kept && form.current) {
      restoreCommentDraft(form.current, kept)
      setLength(commentDraftOf(form.current).body.length)
    }
    const body = form.current?.elements.namedItem('body')
    if (mode === 'create' && props.focusBody && body instanceof HTMLTextAreaElement) {
      body.focus()
      body.setSelectionRange(body.value.length, body.value.length)
    }
    // Only on the first render in the browser.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [])

  useEffect(() => {
    if (handled.current === state) return
    handled.current = state
    if (state.status === 'error') errorSummary.current?.focus()
    if (state.status === 'created') {
      if (draftSubject) forgetCommentDraft(draftSubject, draftParent)
      form.current?.reset()
      setLength(form.current ? commentDraftOf(form.current).body.length : 0)
      onCreated?.(state.comment)
    }
  }, [state, draftSubject, draftParent, onCreated])

  function keepDraft() {
    if (!form.current) return
    const typed = commentDraftOf(form.current)
    setLength(typed.body.length)
    if (draftSubject) saveCommentDraft(draftSubject, draftParent, typed)
  }

  function discard() {
    if (!draftSubject || !form.current) return
    forgetCommentDraft(draftSubject, draftParent)
    form.current.reset()
    setLength(commentDraftOf(form.current).body.length)
    if (mode === 'create') props.onDiscard?.()
  }

  const fieldErrors = state.status === 'error' ? state.fieldErrors : {}
  const describedBy = (name: string, extra?: string) =>
    [extra ?? '', fieldErrors[name] ? `${id(name)}-error` : ''].filter(Boolean).join(' ') || undefined
  const invalid = (name: string) => (fieldErrors[name] ? true : undefined)
  const formToken = mode === 'create' ? (state.status === 'error' && state.formToken) || props.formToken : null
  const isReply = mode === 'create' && props.parent !== null
  const max = COMMENT_LIMITS.body.max

  if (mode === 'create' && !props.formToken) {
    return (
      <p role="status" className="rounded-md border border-rule bg-paper-raised p-4 font-sans">
        Posting comments is unavailable right now. Reading them still works.
      </p>
    )
  }

  return (
    <form ref={form} action={formAction} onChange={keepDraft} aria-label={label} className="space-y-4 font-sans">
      <div ref={errorSummary} tabIndex={-1} role="alert" className="focus-visible:outline-none">
        {state.status === 'error' ? (
          <p className="rounded-md border border-accent bg-accent-soft p-3 font-semibold text-ink">
            Your {isReply ? 'reply' : 'comment'} was not {mode === 'create' ? 'posted' : 'saved'}: {state.error}
          </p>
        ) : null}
      </div>

      {mode === 'create' ? (
        <>
          <input type="hidden" name="subject" value={props.subject} />
          <input type="hidden" name="parent" value={props.parent ?? ''} />
          <input type="hidden" name="formToken" value={formToken ?? ''} />
        </>
      ) : (
        <input type="hidden" name="id" value={props.commentId} />
      )}
      {/* Tells the action it may answer with state: the form is hydrated and shows the new comment itself. */}
      <input type="hidden" name="enhanced" value={hydrated && onCreated ? 'true' : ''} />

      <div>
        <label htmlFor={id('body')} className="block font-semibold">
          {isReply ? 'Your reply' : 'Your comment'}
        </label>
        <p id={`${id('body')}-hint`} className="text-sm text-ink-muted">
          Plain text, up to {max.toLocaleString('en-GB')} characters. Write @ and a name to mention another commenter.
        </p>
        <textarea
          id={id('body')}
          name="body"
          required
          rows={isReply ? 3 : 5}
          maxLength={max}
          defaultValue={values.body}
          aria-invalid={invalid('body')}
          aria-describedby={describedBy('body', `${id('body')}-hint ${id('body')}-count`)}
          className={fieldInputClass}
        />
        <p id={`${id('body')}-count`} className="mt-1 text-right text-sm text-ink-muted tabular-nums">
          {length.toLocaleString('en-GB')} / {max.toLocaleString('en-GB')} characters
        </p>
        {fieldErrors.body ? (
          <p id={`${id('body')}-error`} className="mt-1 text-sm font-semibold text-accent">
            {fieldErrors.body}
          </p>
        ) : null}
      </div>

      {asksAboutLaterEpisodes ? (
        <div>
          <input type="hidden" name={LATER_EPISODES_ASKED} value="true" />
          <label className="flex items-start gap-3">
            <input
              type="checkbox"
              name="aboutLaterEpisodes"
              defaultChecked={values.aboutLaterEpisodes}
              className="mt-1 size-5 accent-accent"
            />
            <span>
              <span className="font-semibold">Discusses later episodes</span>
              <span className="block text-sm text-ink-muted">
                It will be folded like a spoiler until a reader opens it.
              </span>
            </span>
          </label>
          {fieldErrors.aboutLaterEpisodes ? (
            <p className="mt-1 text-sm font-semibold text-accent">{fieldErrors.aboutLaterEpisodes}</p>
          ) : null}
        </div>
      ) : null}

      <div>
        <label htmlFor={id('name')} className="block font-semibold">
          Display name
        </label>
        <input
          id={id('name')}
          name="name"
          type="text"
          required
          autoComplete="nickname"
          maxLength={COMMENT_LIMITS.name.max}
          defaultValue={values.name}
          aria-invalid={invalid('name')}
          aria-describedby={describedBy('name')}
          className={`${fieldInputClass} max-w-sm`}
        />
        {fieldErrors.name ? (
          <p id={`${id('name')}-error`} className="mt-1 text-sm font-semibold text-accent">
            {fieldErrors.name}
          </p>
        ) : null}
      </div>

      {mode === 'create' ? (
        // The honeypot: off screen and out of the tab order; people leave it empty, scripts fill it in.
        <div aria-hidden="true" className="absolute -left-[9999px] h-px w-px overflow-hidden">
          <label htmlFor={id('website')}>Leave this field empty</label>
          <input id={id('website')} name="website" type="text" tabIndex={-1} autoComplete="off" defaultValue="" />
        </div>
      ) : null}

      <div className="flex flex-wrap items-center gap-3">
        <button
          type="submit"
          disabled={pending}
          className="inline-flex min-h-11 items-center rounded bg-accent px-5 py-2 font-semibold text-on-accent hover:opacity-90 disabled:opacity-60"
        >
          {pending ? 'Sending…' : mode === 'edit' ? 'Save changes' : isReply ? 'Post reply' : 'Post comment'}
        </button>
        {mode === 'create' && hydrated ? (
          <button type="button" onClick={discard} className="text-link min-h-11 px-2 text-sm">
            Discard
          </button>
        ) : null}
      </div>
    </form>
  )
}
