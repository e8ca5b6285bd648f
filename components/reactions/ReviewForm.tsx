'use client'

import { useRouter } from 'next/navigation'
import { useActionState, useEffect, useId, useRef, useSyncExternalStore, type ReactNode } from 'react'

import { editReaderReview, submitReaderReview } from '@/lib/reactions/actions'
import { EMPTY_REVIEW_VALUES, type ReviewFormState, type ReviewFormValues } from '@/lib/reactions/form-state'
import { RATINGS, REVIEW_LIMITS, type ReaderReview } from '@/lib/reactions/types'

import { draftOf, forgetDraft, readDraft, restoreDraft, saveDraft } from './review-drafts'
import { readerReviewPath } from '@/lib/routes'
import { fieldInputClass, noSubscription } from './form-parts'

export type ReviewFormProps = {
  /** The series or episode `_id`. */
  subject: string
  subjectTitle: string
  kind: 'series' | 'episode'
  /** Series only: the most episodes a reader can have watched. */
  episodeCount?: number | null
  /** The page this form posts to without JavaScript (React's permalink), which shows the answer. */
  pagePath: string
} & (
  | {
      mode: 'create'
      /** A signed timestamp from the service; null when posting is unavailable. */
      formToken: string | null
      /** With JavaScript: called with the new review instead of going to its page. */
      onCreated?: (review: ReaderReview) => void
    }
  | { mode: 'edit'; reviewId: string; initialValues: ReviewFormValues }
)

const initialState: ReviewFormState = { status: 'idle' }

function Field({
  id,
  label,
  hint,
  error,
  children,
}: {
  id: string
  label: ReactNode
  hint?: string
  error?: string
  children: ReactNode
}) {
  return (
    <div>
      <label htmlFor={id} className="block font-semibold">
        {label}
      </label>
      {hint ? (
        <p id={`${id}-hint`} className="text-sm text-ink-muted">
          {hint}
        </p>
      ) : null}
      {children}
      {error ? (
        <p id={`${id}-error`} className="mt-1 text-sm font-semibold text-accent">
          {error}
        </p>
      ) : null}
    </div>
  )
}

/**
 * A reader review form, for a new review (write page, or opened in place) or the author's edit.
 * Works as a plain form without JavaScript; with it, a new review's draft is kept in the browser
 * until it is sent. After a refused post every field shows what was typed, with its error.
 */
export function ReviewForm(props: ReviewFormProps) {
  const { subject, subjectTitle, kind, episodeCount, mode, pagePath } = props
  const [state, formAction, pending] = useActionState(
    mode === 'create' ? submitReaderReview : editReaderReview,
    initialState,
    pagePath,
  )
  const router = useRouter()
  const idPrefix = useId()
  const id = (name: string) => `${idPrefix}-${name}`
  const draftKey = mode === 'create' ? subject : null
  // Fields are uncontrolled, so what a reader types before hydration is kept. Without JavaScript the
  // page comes back from a refused post with what was typed in `state`; with it, React resets the
  // form to these defaults after each post, which are then the same values.
  const values = state.status === 'error' ? state.values : mode === 'edit' ? props.initialValues : EMPTY_REVIEW_VALUES
  const hydrated = useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  )
  const form = useRef<HTMLFormElement>(null)
  const errorSummary = useRef<HTMLDivElement>(null)
  const onCreated = mode === 'create' ? props.onCreated : undefined
  const handled = useRef<ReviewFormState>(initialState)

  // A draft kept in this browser fills the form once hydrated (storage is browser-only), unless the
  // reader already typed or a post answered.
  useEffect(() => {
    const draft = draftKey && state.status === 'idle' ? readDraft(draftKey) : null
    if (draft && form.current) restoreDraft(form.current, draft)
    // Only on the first render in the browser.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [])

  useEffect(() => {
    if (handled.current === state) return
    handled.current = state
    if (state.status === 'error') errorSummary.current?.focus()
    if (state.status === 'created') {
      if (draftKey) forgetDraft(draftKey)
      if (onCreated) onCreated(state.review)
      else router.push(readerReviewPath(state.review.id))
    }
  }, [state, draftKey, onCreated, router])

  function keepDraft() {
    if (draftKey && form.current) saveDraft(draftKey, draftOf(form.current))
  }

  const fieldErrors = state.status === 'error' ? state.fieldErrors : {}
  const describedBy = (name: string, hint = false) =>
    [hint ? `${id(name)}-hint` : '', fieldErrors[name] ? `${id(name)}-error` : ''].filter(Boolean).join(' ') ||
    undefined
  const invalid = (name: string) => (fieldErrors[name] ? true : undefined)
  const formToken = mode === 'create' ? (state.status === 'error' && state.formToken) || props.formToken : null

  if (mode === 'create' && !props.formToken) {
    return (
      <p role="status" className="rounded-md border border-rule bg-paper-raised p-4">
        Posting reader reviews is unavailable right now. Reading them still works.
      </p>
    )
  }

  return (
    <form ref={form} action={formAction} onChange={keepDraft} className="space-y-5 font-sans">
      <div ref={errorSummary} tabIndex={-1} role="alert" className="focus-visible:outline-none">
        {state.status === 'error' ? (
          <p className="rounded-md border border-accent bg-accent-soft p-3 font-semibold text-ink">
            Your review was not {mode === 'create' ? 'posted' : 'saved'}: {state.error}
          </p>
        ) : null}
      </div>

      {mode === 'create' ? (
        <>
          <input type="hidden" name="subject" value={subject} />
          <input type="hidden" name="formToken" value={formToken ?? ''} />
        </>
      ) : (
        <input type="hidden" name="id" value={props.reviewId} />
      )}
      {/* Tells the action it may answer with state: the form is hydrated and handles it. */}
      <input type="hidden" name="enhanced" value={hydrated ? 'true' : ''} />

      <Field id={id('rating')} label={`Your rating of ${subjectTitle}`} error={fieldErrors.rating}>
        <select
          id={id('rating')}
          name="rating"
          required
          defaultValue={values.rating}
          aria-invalid={invalid('rating')}
          aria-describedby={describedBy('rating')}
          className={`${fieldInputClass} max-w-48`}
        >
          <option value="">Choose 1 to 10</option>
          {[...RATINGS].reverse().map((rating) => (
            <option key={rating} value={rating}>
              {rating} / 10
            </option>
          ))}
        </select>
      </Field>

      <Field
        id={id('title')}
        label="Title"
        hint={`Up to ${REVIEW_LIMITS.title.max} characters.`}
        error={fieldErrors.title}
      >
        <input
          id={id('title')}
          name="title"
          type="text"
          required
          maxLength={REVIEW_LIMITS.title.max}
          defaultValue={values.title}
          aria-invalid={invalid('title')}
          aria-describedby={describedBy('title', true)}
          className={fieldInputClass}
        />
      </Field>

      <Field
        id={id('body')}
        label="Your review"
        hint={`Plain text, ${REVIEW_LIMITS.body.min} to ${REVIEW_LIMITS.body.max.toLocaleString('en-US')} characters.`}
        error={fieldErrors.body}
      >
        <textarea
          id={id('body')}
          name="body"
          required
          rows={8}
          minLength={REVIEW_LIMITS.body.min}
          maxLength={REVIEW_LIMITS.body.max}
          defaultValue={values.body}
          aria-invalid={invalid('body')}
          aria-describedby={describedBy('body', true)}
          className={fieldInputClass}
        />
      </Field>

      {kind === 'series' ? (
        <Field
          id={id('episodesWatched')}
          label="Episodes watched (optional)"
          hint={episodeCount ? `From 0 to ${episodeCount}.` : undefined}
          error={fieldErrors.episodesWatched}
        >
          <input
            id={id('episodesWatched')}
            name="episodesWatched"
            type="number"
            inputMode="numeric"
            min={0}
            max={episodeCount ?? undefined}
            step={1}
            defaultValue={values.episodesWatched}
            aria-invalid={invalid('episodesWatched')}
            aria-describedby={describedBy('episodesWatched', Boolean(episodeCount))}
            className={`${fieldInputClass} max-w-32`}
          />
        </Field>
      ) : null}

      <div>
        <label className="flex items-start gap-3">
          <input
            type="checkbox"
            name="containsSpoilers"
            defaultChecked={values.containsSpoilers}
            className="mt-1 size-5 accent-accent"
          />
          <span>
            <span className="font-semibold">Contains spoilers</span>
            <span className="block text-sm text-ink-muted">It will be folded until a reader opens it.</span>
          </span>
        </label>
      </div>

      <Field
        id={id('name')}
        label="Display name"
        hint={`Shown with your review. Up to ${REVIEW_LIMITS.name.max} characters.`}
        error={fieldErrors.name}
      >
        <input
          id={id('name')}
          name="name"
          type="text"
          required
          autoComplete="nickname"
          maxLength={REVIEW_LIMITS.name.max}
          defaultValue={values.name}
          aria-invalid={invalid('name')}
          aria-describedby={describedBy('name', true)}
          className={`${fieldInputClass} max-w-sm`}
        />
      </Field>

      {mode === 'create' ? (
        // The honeypot: off screen and out of the tab order; people leave it empty, scripts fill it in.
        <div aria-hidden="true" className="absolute -left-[9999px] h-px w-px overflow-hidden">
          <label htmlFor={id('website')}>Leave this field empty</label>
          <input id={id('website')} name="website" type="text" tabIndex={-1} autoComplete="off" defaultValue="" />
        </div>
      ) : null}

      <button
        type="submit"
        disabled={pending}
        className="inline-flex min-h-11 items-center rounded bg-accent px-5 py-2 font-semibold text-on-accent hover:opacity-90 disabled:opacity-60"
      >
        {pending ? 'Sending…' : mode === 'create' ? 'Post review' : 'Save changes'}
      </button>
    </form>
  )
}
