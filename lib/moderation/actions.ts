'use server'
/**
 * The moderation pages' server actions. Each checks the session and the CSRF token itself (an
 * action can be called without its page), then calls the same service as the API. Without
 * JavaScript a form posts to its page and gets it back with the error, or is redirected on success.
 */
import { cookies, headers } from 'next/headers'
import { redirect } from 'next/navigation'

import { isCrossSiteRequest } from '@/lib/reactions/abuse'
import { clientIp, hashIp, isHttps } from '@/lib/reactions/identity'
import { getModerationService } from '@/lib/reactions/moderation-service'
import { moderationItemPath, moderationPath } from '@/lib/routes'
import { sameOriginPath } from '@/lib/safe-redirect'

import { CLOSED, checkFormWrite, moderationSecret, type WriteCheck } from './access'
import type { ModerationFormState } from './form-state'
import {
  createSession,
  CSRF_FIELD,
  isModerationSecret,
  MODERATOR_COOKIE,
  parseModeratorName,
  sessionCookie,
} from './session'

function text(form: FormData, name: string): string | undefined {
  const value = form.get(name)
  return typeof value === 'string' ? value : undefined
}

/** Where to go after signing in: a moderation page, whatever the form claimed. */
function afterSignIn(returnTo: string | undefined): string {
  const path = sameOriginPath(returnTo)
  return /^\/moderation([/?]|$)/.test(path) ? path : moderationPath()
}

export async function signIn(_previous: ModerationFormState, form: FormData): Promise<ModerationFormState> {
  const secret = moderationSecret()
  if (!secret) return { error: CLOSED }
  const requestHeaders = await headers()
  if (isCrossSiteRequest(requestHeaders)) return { error: 'Sign in from this site’s own sign-in page.' }
  const name = parseModeratorName(form.get('name'))
  if (!name.ok) return { error: name.error }
  // Every attempt counts, so guessing the secret from one address stops after a few tries.
  const ipHash = hashIp(clientIp(requestHeaders), secret) ?? 'unknown'
  const limited = await (await getModerationService('immediate')).signInLimit(ipHash)
  if (limited) return { error: limited.error }
  if (!isModerationSecret(form.get('secret'), secret)) {
    return { error: 'That is not the moderation secret. Check MODERATION_SECRET and try again.' }
  }
  ;(await cookies()).set(sessionCookie(createSession(name.name, secret), isHttps(requestHeaders)))
  redirect(afterSignIn(text(form, 'returnTo')))
}

function refused(check: Exclude<WriteCheck, { ok: true }>): ModerationFormState {
  return { error: check.error }
}

export async function signOut(_previous: ModerationFormState, form: FormData): Promise<ModerationFormState> {
  const check = await checkFormWrite(form, CSRF_FIELD)
  if (!check.ok) return refused(check)
  ;(await cookies()).delete(MODERATOR_COOKIE)
  redirect(moderationPath())
}

/** The service's `act` input from an item page form; the pressed button names the action. */
function actionInput(form: FormData): Record<string, unknown> {
  const input: Record<string, unknown> = { action: text(form, 'action') }
  const note = text(form, 'note')?.trim()
  if (note) input.note = note
  for (const field of ['body', 'title'] as const) {
    const value = text(form, field)
    if (value !== undefined) input[field] = value
  }
  // A checkbox is absent when unticked, so the edit form says it carries the flag.
  if (form.has('hasSpoilerFlag')) input.spoilerFlag = form.has('spoilerFlag')
  const days = text(form, 'days')
  if (days !== undefined) input.days = days.trim() === '' ? undefined : Number(days)
  return input
}

export async function moderateItem(_previous: ModerationFormState, form: FormData): Promise<ModerationFormState> {
  const check = await checkFormWrite(form, CSRF_FIELD)
  if (!check.ok) return refused(check)
  const id = text(form, 'id') ?? ''
  const acted = await (await getModerationService('immediate')).act(id, actionInput(form), check.moderator)
  if (!acted.ok) return { error: acted.problem.error }
  redirect(moderationItemPath(id))
}

export async function endReaderBlock(_previous: ModerationFormState, form: FormData): Promise<ModerationFormState> {
  const check = await checkFormWrite(form, CSRF_FIELD)
  if (!check.ok) return refused(check)
  const ended = await (await getModerationService('immediate')).endBlock(text(form, 'id') ?? '', check.moderator)
  if (!ended.ok) return { error: ended.problem.error }
  redirect(moderationPath('blocks'))
}

export async function saveHeldTerms(_previous: ModerationFormState, form: FormData): Promise<ModerationFormState> {
  const check = await checkFormWrite(form, CSRF_FIELD)
  if (!check.ok) return refused(check)
  const saved = await (await getModerationService('immediate')).setHeldTerms(text(form, 'terms') ?? '', check.moderator)
  if (!saved.ok) return { error: saved.problem.error }
  redirect(`${moderationPath('terms')}?saved=1`)
}
