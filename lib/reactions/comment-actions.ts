'use server'
/**
 * The comment forms' server actions: the same service as the HTTP API. Without JavaScript a new
 * comment sends the reader back to its place in the thread (`<page>#comment-<id>`), or to its own
 * page when it waits for a moderator; with JavaScript the form gets the comment and shows it in
 * place. The service expires tags at once here, so the page the reader comes back to already shows it.
 */
import { cookies, headers } from 'next/headers'
import { redirect } from 'next/navigation'

import { env } from '@/lib/env/server'
import { commentAnchor, readerCommentPath } from '@/lib/routes'

import { HONEYPOT_FIELD } from './abuse'
import { findCommentSubject } from './comment-subjects'
import { type CommentFormState, type CommentFormValues, LATER_EPISODES_ASKED } from './comment-form-state'
import { type DeletePostState, refusedForm } from './form-state'
import { READER_COOKIE } from './identity'
import type { ReactionProblem } from './problems'
import { getReactionService } from './service'

function text(form: FormData, name: string): string {
  const value = form.get(name)
  return typeof value === 'string' ? value : ''
}

function typedValues(form: FormData): CommentFormValues {
  return { body: text(form, 'body'), name: text(form, 'name'), aboutLaterEpisodes: form.has('aboutLaterEpisodes') }
}

/** The fields the service takes; the "later episodes" box only where the form showed it. */
function commentFields(form: FormData) {
  return {
    body: text(form, 'body'),
    name: text(form, 'name'),
    ...(form.has(LATER_EPISODES_ASKED) ? { aboutLaterEpisodes: form.has('aboutLaterEpisodes') } : {}),
  }
}

function failed(found: ReactionProblem, form: FormData): CommentFormState {
  return refusedForm(found, form, typedValues(form))
}

async function authorId(): Promise<string | null> {
  return (await getReactionService('immediate')).reader((await cookies()).get(READER_COOKIE)?.value)
}

/** Posts a comment or a reply from the thread (with JavaScript) or the write page (without). */
export async function submitReaderComment(_previous: CommentFormState, form: FormData): Promise<CommentFormState> {
  if (!env.readerReactions) return failed({ status: 404, error: 'Comments are turned off on this site.' }, form)
  const service = await getReactionService('immediate')
  const cookieJar = await cookies()
  const writer = service.writer(cookieJar.get(READER_COOKIE)?.value, await headers())
  if (!writer) return failed({ status: 503, error: 'Posting comments is unavailable right now.' }, form)
  const parent = text(form, 'parent')
  const posted = await service.submitComment(
    { subject: text(form, 'subject'), parent: parent || null, ...commentFields(form) },
    {
      readerId: writer.readerId,
      ipHash: writer.ipHash,
      fromForm: true,
      formToken: form.get('formToken') ?? undefined,
      honeypot: form.get(HONEYPOT_FIELD) ?? undefined,
    },
  )
  if (!posted.ok) return failed(posted.problem, form)
  if (writer.cookie) cookieJar.set(writer.cookie)
  const { comment, subject } = posted.value
  if (form.get('enhanced') !== 'true') {
    redirect(
      comment.status === 'published' ? `${subject.path}#${commentAnchor(comment.id)}` : readerCommentPath(comment.id),
    )
  }
  return { status: 'created', comment }
}

/** The author changes their comment on its own page, within the edit window. */
export async function editReaderComment(_previous: CommentFormState, form: FormData): Promise<CommentFormState> {
  const id = text(form, 'id')
  const readerId = await authorId()
  if (!readerId) return failed({ status: 403, error: 'Only the reader who wrote this comment can change it.' }, form)
  const edited = await (
    await getReactionService('immediate')
  ).editComment(id, commentFields(form), { readerId, ipHash: null })
  if (!edited.ok) return failed(edited.problem, form)
  redirect(readerCommentPath(id))
}

/** The author deletes their comment within the edit window. */
export async function deleteReaderComment(_previous: DeletePostState, form: FormData): Promise<DeletePostState> {
  const id = text(form, 'id')
  const readerId = await authorId()
  if (!readerId) return { error: 'Only the reader who wrote this comment can delete it.' }
  const deleted = await (await getReactionService('immediate')).deleteComment(id, { readerId, ipHash: null })
  if (!deleted.ok) return { error: deleted.problem.error }
  // Its page is gone with it: back to the discussion, which no longer shows it.
  const subject = await findCommentSubject(deleted.value.subject)
  redirect(subject ? `${subject.path}#comments` : '/')
}

/** A fresh form token for a comment form opened on a cached page (its HTML cannot carry one). */
export async function startReaderComment(): Promise<{ formToken: string | null }> {
  return { formToken: (await getReactionService('immediate')).formToken() }
}
