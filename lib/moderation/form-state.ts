/** What a moderation form shows after a refused post: shared by the server actions and the form component. */
export interface ModerationFormState {
  error: string | null
}

export const NO_ERROR: ModerationFormState = { error: null }
