/** What a review form shows after a post: shared by the server actions and the form component. */
import type { ReactionProblem } from './problems'
import type { ReaderReview } from './types'

/** Form fields as typed: text, so "7.5" comes back as the reader wrote it. */
export interface ReviewFormValues {
  rating: string
  title: string
  body: string
  name: string
  containsSpoilers: boolean
  episodesWatched: string
}

export type ReviewFormState =
  | { status: 'idle' }
  | {
      status: 'error'
      error: string
      fieldErrors: Partial<Record<string, string>>
      values: ReviewFormValues
      /** The token the form was sent with, kept so a corrected post is not "too fast". */
      formToken?: string
    }
  | { status: 'created'; review: ReaderReview }

export const EMPTY_REVIEW_VALUES: ReviewFormValues = {
  rating: '',
  title: '',
  body: '',
  name: '',
  containsSpoilers: false,
  episodesWatched: '',
}

/** What an author's delete form shows after a refused delete (a successful one redirects). */
export interface DeletePostState {
  error?: string
}

/** A refused post as its form shows it: the problem, each field's message, and what was typed. */
export function refusedForm<Values>(found: ReactionProblem, form: FormData, values: Values) {
  const formToken = form.get('formToken')
  return {
    status: 'error' as const,
    error: found.error,
    fieldErrors: found.fields ?? (found.field ? { [found.field]: found.error } : {}),
    values,
    formToken: typeof formToken === 'string' ? formToken : undefined,
  }
}
