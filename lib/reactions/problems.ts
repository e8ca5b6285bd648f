/** What went wrong with a reader's write, as the HTTP API answers it and the forms show it. */
export interface ReactionProblem {
  status: 400 | 403 | 404 | 413 | 415 | 429 | 503
  /** A sentence the reader can act on. */
  error: string
  /** The input field at fault, when one is. */
  field?: string
  /** With 429: seconds until the limit resets. */
  retryAfterSeconds?: number
  /** With a 400 from validation: every field's message, for forms to show beside each input. */
  fields?: Partial<Record<string, string>>
}

export type Outcome<T> = { ok: true; value: T } | { ok: false; problem: ReactionProblem }

export function problem(status: ReactionProblem['status'], error: string, field?: string): Outcome<never> {
  return { ok: false, problem: field ? { status, error, field } : { status, error } }
}

export const POSTING_UNAVAILABLE = 'Posting reader reviews and votes is unavailable on this server right now.'
