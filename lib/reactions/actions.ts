'use server'
/**
 * The review forms' server actions: the same service as the HTTP API, with the reader cookie read
 * and set through next/headers (Next checks a server action's Origin itself). Without JavaScript a
 * form posts to the page and gets it back with the action's state, or is redirected on success.
 */
import { cookies, headers } from 'next/headers'
import { redirect } from 'next/navigation'

import { env } from '@/lib/env/server'

import { HONEYPOT_FIELD } from './abuse'
import { READER_COOKIE } from './identity'
import type { ReactionProblem } from './problems'
import { formReviewInput } from './review-input'
import { getReactionService } from './service'
import { type DeletePostState, refusedForm, type ReviewFormState, type ReviewFormValues } from './form-state'
import { readerReviewPath } from '@/lib/routes'

function ownReviewPath(id: string): string {
  return readerReviewPath(id)
}

/** What the reader typed, to put back in the form beside the errors. */
function typedValues(form: FormData): ReviewFormValues {
  const text = (name: string) => {
    const value = form.get(name)
    return typeof value === 'string' ? value : ''
  }
  return {
    rating: text('rating'),
    title: text('title'),
    body: text('body'),
    name: text('name'),
    containsSpoilers: form.has('containsSpoilers'),
    episodesWatched: text('episodesWatched'),
  }
}

function failed(found: ReactionProblem, form: FormData): ReviewFormState {
  return refusedForm(found, form, typedValues(form))
}

/** Posts a review from the write page or the in-place form. */
export async function submitReaderReview(_previous: ReviewFormState, form: FormData): Promise<ReviewFormState> {
  if (!env.readerReactions) return failed({ status: 404, error: 'Reader reviews are turned off on this site.' }, form)
  const service = await getReactionService('immediate')
  const cookieJar = await cookies()
  const writer = service.writer(cookieJar.get(READER_COOKIE)?.value, await headers())
  if (!writer) return failed({ status: 503, error: 'Posting reader reviews is unavailable right now.' }, form)
  const posted = await service.submitReview(formReviewInput(form), {
    ...writer,
    fromForm: true,
    formToken: form.get('formToken') ?? undefined,
    honeypot: form.get(HONEYPOT_FIELD) ?? undefined,
  })
  if (!posted.ok) return failed(posted.problem, form)
  if (writer.cookie) cookieJar.set(writer.cookie)
  // With JavaScript the form forgets its draft and shows the review itself; without, the review's page does.
  if (form.get('enhanced') !== 'true') redirect(ownReviewPath(posted.value.review.id))
  return { status: 'created', review: posted.value.review }
}

/** The author changes their review on its own page, within the edit window. */
export async function editReaderReview(_previous: ReviewFormState, form: FormData): Promise<ReviewFormState> {
  const service = await getReactionService('immediate')
  const id = String(form.get('id') ?? '')
  const readerId = service.reader((await cookies()).get(READER_COOKIE)?.value)
  if (!readerId) return failed({ status: 403, error: 'Only the reader who wrote this review can change it.' }, form)
  const { subject: _subject, ...changes } = formReviewInput(form)
  const edited = await service.editReview(id, changes, { readerId, ipHash: null })
  if (!edited.ok) return failed(edited.problem, form)
  redirect(ownReviewPath(id))
}

/** The author deletes their review within the edit window. */
export async function deleteReaderReview(_previous: DeletePostState, form: FormData): Promise<DeletePostState> {
  const service = await getReactionService('immediate')
  const id = String(form.get('id') ?? '')
  const readerId = service.reader((await cookies()).get(READER_COOKIE)?.value)
  if (!readerId) return { error: 'Only the reader who wrote this review can delete it.' }
  const deleted = await service.deleteReview(id, { readerId, ipHash: null })
  if (!deleted.ok) return { error: deleted.problem.error }
  redirect(ownReviewPath(id))
}

/** A fresh form token for a form opened in place on a cached page (its HTML cannot carry one). */
export async function startReaderReview(): Promise<{ formToken: string | null }> {
  return { formToken: (await getReactionService('immediate')).formToken() }
}
