/** What a comment form shows after a post: shared by the server actions and the form component. */
import type { ReaderComment } from './types'

export interface CommentFormValues {
  body: string
  name: string
  aboutLaterEpisodes: boolean
}

export type CommentFormState =
  | { status: 'idle' }
  | {
      status: 'error'
      error: string
      fieldErrors: Partial<Record<string, string>>
      values: CommentFormValues
      /** The token the form was sent with, kept so a corrected post is not "too fast". */
      formToken?: string
    }
  | { status: 'created'; comment: ReaderComment }

export const EMPTY_COMMENT_VALUES: CommentFormValues = { body: '', name: '', aboutLaterEpisodes: false }

/** Set by forms that show the "discusses later episodes" box, so an unticked box means false. */
export const LATER_EPISODES_ASKED = 'laterEpisodesAsked'
