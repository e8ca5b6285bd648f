/** What a review form shows after a post: shared by the server actions and the form component. */
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
