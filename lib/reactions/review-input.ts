/**
 * What a reader may send, as zod schemas with messages a reader can act on. JSON bodies are
 * checked as sent; form posts are turned into the same shape first (formReviewInput), so a
 * rating of "7.5" or "x" fails the same way from a form as from the API.
 */
import { z } from 'zod'

import { REVIEW_LIMITS, REVIEW_SORTS } from './types'

/** Plain text as stored: one kind of line break, no control characters, no surrounding space. */
export function plainText(value: string): string {
  return value
    .replace(/\r\n?/g, '\n')
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, '')
    .trim()
}

/** Titles and names are one line. */
export function oneLine(value: string): string {
  return plainText(value).replace(/\s+/g, ' ')
}

const count = (n: number) => n.toLocaleString('en-US')

export function text(label: string, limits: { min: number; max: number }, normalize: (value: string) => string) {
  const message =
    limits.min > 1
      ? `${label} must be ${count(limits.min)} to ${count(limits.max)} characters.`
      : `${label} must be at most ${count(limits.max)} characters (and not empty).`
  return z.string(message).overwrite(normalize).min(limits.min, message).max(limits.max, message)
}

const ratingMessage = 'Rating must be a whole number from 1 to 10.'
const rating = z.number(ratingMessage).int(ratingMessage).min(1, ratingMessage).max(10, ratingMessage)
const episodesMessage = 'Episodes watched must be a whole number, 0 or more.'
const episodesWatched = z.number(episodesMessage).int(episodesMessage).min(0, episodesMessage).nullable()
const containsSpoilers = z.boolean('containsSpoilers must be true or false.')

const subjectMessage = 'Name the series or episode reviewed: subject is its document id.'

export const reviewDraftSchema = z.object({
  subject: z.string(subjectMessage).min(1, subjectMessage).max(200, subjectMessage),
  rating,
  title: text('Title', REVIEW_LIMITS.title, oneLine),
  body: text('The review', REVIEW_LIMITS.body, plainText),
  name: text('Name', REVIEW_LIMITS.name, oneLine),
  containsSpoilers: containsSpoilers.default(false),
  episodesWatched: episodesWatched.default(null),
})

export const reviewChangesSchema = z
  .object({
    rating: rating.optional(),
    title: text('Title', REVIEW_LIMITS.title, oneLine).optional(),
    body: text('The review', REVIEW_LIMITS.body, plainText).optional(),
    name: text('Name', REVIEW_LIMITS.name, oneLine).optional(),
    containsSpoilers: containsSpoilers.optional(),
    episodesWatched: episodesWatched.optional(),
  })
  .refine((changes) => Object.values(changes).some((value) => value !== undefined), {
    message: 'Send at least one of rating, title, body, name, containsSpoilers or episodesWatched.',
  })

export const voteSchema = z.object({ helpful: z.boolean('helpful must be true or false.') })

const sortMessage = `sort must be one of ${REVIEW_SORTS.join(', ')}.`
const whole = (message: string, min: number, max: number) =>
  z
    .string(message)
    .regex(/^\d{1,6}$/, message)
    .transform(Number)
    .pipe(z.number().min(min, message).max(max, message))

export const reviewListParamsSchema = z.object({
  subject: z.string(subjectMessage).min(1, subjectMessage).max(200, subjectMessage),
  sort: z.enum(REVIEW_SORTS, sortMessage).default('helpful'),
  rating: whole(ratingMessage, 1, 10).optional(),
  limit: whole('limit must be a whole number from 1 to 100.', 1, 100).default(20),
  offset: whole('offset must be a whole number, 0 or more.', 0, 1_000_000).default(0),
})

export type FieldErrors = Partial<Record<string, string>>

/** Every message, by field (forms show each beside its input); issues without a path go under `form`. */
export function fieldErrors(error: z.ZodError): FieldErrors {
  const errors: FieldErrors = {}
  for (const issue of error.issues) {
    const field = issue.path.length ? String(issue.path[0]) : 'form'
    errors[field] ??= issue.message
  }
  return errors
}

/** A number when the text is one ("7", "7.5"), so the schema can say what is wrong with it; else the text. */
function numberOrText(value: FormDataEntryValue | null): unknown {
  if (value === null || typeof value !== 'string' || value.trim() === '') return undefined
  return /^\s*-?\d+(\.\d+)?\s*$/.test(value) ? Number(value) : value
}

export function textOrUndefined(value: FormDataEntryValue | null): string | undefined {
  return typeof value === 'string' ? value : undefined
}

/** A review form post in the shape the JSON API takes (a checkbox is present only when ticked). */
export function formReviewInput(form: FormData): Record<string, unknown> {
  const episodes = form.get('episodesWatched')
  return {
    subject: textOrUndefined(form.get('subject')),
    rating: numberOrText(form.get('rating')),
    title: textOrUndefined(form.get('title')),
    body: textOrUndefined(form.get('body')),
    name: textOrUndefined(form.get('name')),
    containsSpoilers: form.has('containsSpoilers'),
    // The field exists only on series forms; left empty it means "not said".
    ...(episodes === null ? {} : { episodesWatched: numberOrText(episodes) ?? null }),
  }
}

/** A vote form's `helpful=true|false`; anything else fails the schema. */
export function formVoteInput(form: URLSearchParams | FormData): Record<string, unknown> {
  const helpful = form.get('helpful')
  return { helpful: helpful === 'true' ? true : helpful === 'false' ? false : helpful }
}
