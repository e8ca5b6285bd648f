/**
 * What a reader may send to comment, report or change their comment, as zod schemas with messages
 * a reader can act on. Bodies are plain text: markup is kept as typed and always shown as text.
 */
import { z } from 'zod'

import { oneLine, plainText, text, textOrUndefined } from './review-input'
import { COMMENT_LIMITS, REPORT_REASONS } from './types'

const subjectMessage = 'Name the review or article discussed: subject is its document id.'
const idMessage = (field: string) => `${field} must be the id of a comment.`
const commentId = (field: string) => z.string(idMessage(field)).min(1, idMessage(field)).max(100, idMessage(field))
const aboutLaterEpisodes = z.boolean('aboutLaterEpisodes must be true or false.')

export const commentDraftSchema = z.object({
  subject: z.string(subjectMessage).min(1, subjectMessage).max(200, subjectMessage),
  body: text('The comment', COMMENT_LIMITS.body, plainText),
  name: text('Name', COMMENT_LIMITS.name, oneLine),
  parent: commentId('parent').nullable().default(null),
  aboutLaterEpisodes: aboutLaterEpisodes.default(false),
})

export const commentChangesSchema = z
  .object({
    body: text('The comment', COMMENT_LIMITS.body, plainText).optional(),
    name: text('Name', COMMENT_LIMITS.name, oneLine).optional(),
    aboutLaterEpisodes: aboutLaterEpisodes.optional(),
  })
  .refine((changes) => Object.values(changes).some((value) => value !== undefined), {
    message: 'Send at least one of body, name or aboutLaterEpisodes.',
  })

const reasonMessage = `reason must be one of ${REPORT_REASONS.join(', ')}.`

export const reportSchema = z.object({
  item: z.string('item must be the id of a comment or reader review.').min(1).max(100),
  reason: z.enum(REPORT_REASONS, reasonMessage),
})

export const commentListParamsSchema = z.object({
  subject: z.string(subjectMessage).min(1, subjectMessage).max(200, subjectMessage),
})

/** A comment form post in the shape the JSON API takes (a checkbox is present only when ticked). */
export function formCommentInput(form: FormData): Record<string, unknown> {
  const parent = textOrUndefined(form.get('parent'))
  return {
    subject: textOrUndefined(form.get('subject')),
    body: textOrUndefined(form.get('body')),
    name: textOrUndefined(form.get('name')),
    parent: parent ? parent : null,
    aboutLaterEpisodes: form.has('aboutLaterEpisodes'),
  }
}

export function formReportInput(form: FormData): Record<string, unknown> {
  return { item: textOrUndefined(form.get('item')), reason: textOrUndefined(form.get('reason')) }
}
