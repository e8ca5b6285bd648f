/**
 * What moderators do, for the /moderation pages, their API and the Studio tool alike: read the
 * queues and an item's history, decide on items, block authors and edit the held terms. Every
 * decision is recorded (who, what, when) and expires the pages the item appears on. Who may call
 * it is lib/moderation's business; this service never hands out reader ids or IP hashes.
 */
import 'server-only'
import { z } from 'zod'

import { hitRateLimits, waitInWords } from './abuse'
import { findCommentSubject, type FindCommentSubject } from './comment-subjects'
import { type Outcome, problem, type ReactionProblem } from './problems'
import { commentsTag, reactionsTag } from './read'
import { servicePerExpiry } from './expiry'
import { fieldErrors, oneLine, plainText, text } from './review-input'
import { getReactionStore } from './store'
import type { ReactionStore } from './store/store'
import { type FindReactionSubject, findReactionSubject } from './subjects'
import {
  COMMENT_LIMITS,
  type ModerationAction,
  type ModerationItem,
  type ModerationQueue,
  type ReaderBlock,
  REVIEW_LIMITS,
  type ReviewStatus,
} from './types'

export const MODERATOR_DECISIONS = ['approve', 'reject', 'hide', 'restore', 'edit', 'block'] as const
export type ModeratorDecision = (typeof MODERATOR_DECISIONS)[number]

/** The state each decision leaves an item in; edit and block leave it as it is. */
const STATUS_AFTER: Partial<Record<ModeratorDecision, ReviewStatus>> = {
  approve: 'published',
  restore: 'published',
  reject: 'rejected',
  hide: 'hidden',
}

/** The states a decision may be taken from: approving is for pending posts, restoring for removed ones. */
const ALLOWED_FROM: Partial<Record<ModeratorDecision, readonly ReviewStatus[]>> = {
  approve: ['pending'],
  reject: ['pending', 'published', 'hidden'],
  hide: ['published', 'pending'],
  restore: ['hidden', 'rejected'],
}

/** The decisions that apply to a post in this state (edit and block apply to any). */
export function decisionsFor(status: ReviewStatus): ModeratorDecision[] {
  return MODERATOR_DECISIONS.filter((decision) => ALLOWED_FROM[decision]?.includes(status) ?? true)
}

/** Sign-in attempts from all addresses together, so changing address (or a forged header) gains little. */
const ALL_SIGN_INS = { limit: 100, windowSeconds: 15 * 60 }

export const BLOCK_DAYS = { min: 1, max: 365, default: 7 } as const

const decisionSchema = z.object({
  action: z.enum(MODERATOR_DECISIONS, `action must be one of ${MODERATOR_DECISIONS.join(', ')}.`),
  note: z.string().max(2000, 'A note is at most 2,000 characters.').overwrite(plainText).optional(),
  body: text(
    'The text',
    { min: 1, max: Math.max(REVIEW_LIMITS.body.max, COMMENT_LIMITS.body.max) },
    plainText,
  ).optional(),
  title: text('Title', REVIEW_LIMITS.title, oneLine).optional(),
  spoilerFlag: z.boolean('spoilerFlag must be true or false.').optional(),
  days: z
    .number(`days must be a whole number from ${BLOCK_DAYS.min} to ${BLOCK_DAYS.max}.`)
    .int()
    .min(BLOCK_DAYS.min)
    .max(BLOCK_DAYS.max)
    .default(BLOCK_DAYS.default),
})

export type ModeratorDecisionInput = z.input<typeof decisionSchema>

export interface ModerationItemView {
  item: ModerationItem
  history: ModerationAction[]
  /** The page the item appears on, and that page's title, when its subject is still published. */
  subjectPath: string | null
  subjectTitle: string | null
}

export interface ModerationServiceDeps {
  store: ReactionStore
  findSubject: FindReactionSubject
  findCommentSubject: FindCommentSubject
  revalidateReviews: (subject: string) => void
  revalidateComments: (subject: string) => void
  now?: () => number
}

function invalid(error: z.ZodError): Outcome<never> {
  const fields = fieldErrors(error)
  const [field, message = 'The input is not valid.'] = Object.entries(fields)[0] ?? ['form']
  return { ok: false, problem: { status: 400, error: message, ...(field === 'form' ? {} : { field }), fields } }
}

const stateWord: Record<ReviewStatus, string> = {
  published: 'published',
  pending: 'waiting for a moderator',
  hidden: 'hidden',
  rejected: 'rejected',
  deleted: 'deleted by its author',
}

export function createModerationService(deps: ModerationServiceDeps) {
  const { store } = deps
  const now = deps.now ?? Date.now

  function revalidate(item: ModerationItem) {
    if (item.kind === 'comment') deps.revalidateComments(item.subject)
    else deps.revalidateReviews(item.subject)
  }

  async function subjectOf(item: ModerationItem) {
    const subject =
      item.kind === 'comment' ? await deps.findCommentSubject(item.subject) : await deps.findSubject(item.subject)
    return subject
      ? { subjectPath: subject.path, subjectTitle: subject.title }
      : { subjectPath: null, subjectTitle: null }
  }

  async function setStatus(item: ModerationItem, status: ReviewStatus) {
    if (item.kind === 'comment') await store.setCommentStatus(item.id, status)
    else await store.setStatus(item.id, status)
  }

  return {
    async queue(queue: ModerationQueue, limit = 50): Promise<ModerationItem[]> {
      return store.moderationQueue(queue, limit)
    },

    async item(id: string): Promise<ModerationItemView | null> {
      const item = await store.moderationItem(id)
      if (!item) return null
      return { item, history: await store.history(id), ...(await subjectOf(item)) }
    },

    async act(id: string, input: unknown, moderator: string): Promise<Outcome<ModerationItem>> {
      const parsed = decisionSchema.safeParse(input)
      if (!parsed.success) return invalid(parsed.error)
      const decision = parsed.data
      const item = await store.moderationItem(id)
      if (!item) return problem(404, 'There is no comment or reader review with this id.')
      if (!decisionsFor(item.status).includes(decision.action)) {
        return problem(400, `This post is ${stateWord[item.status]}, so it cannot be given "${decision.action}".`)
      }
      const note = decision.note || null

      if (decision.action === 'block') {
        const until = new Date(now() + decision.days * 86_400_000).toISOString()
        await store.blockAuthor({ itemId: id, until, reason: note, by: moderator })
        const days = `${decision.days} day${decision.days === 1 ? '' : 's'}`
        await store.recordAction({
          itemId: id,
          itemKind: item.kind,
          action: 'block',
          by: moderator,
          note: note ? `For ${days}: ${note}` : `For ${days}.`,
        })
        return { ok: true, value: item }
      }

      if (decision.action === 'edit') {
        const { body, title, spoilerFlag } = decision
        if (body === undefined && title === undefined && spoilerFlag === undefined) {
          return problem(400, 'Send the new body, title or spoilerFlag to edit.')
        }
        if (title !== undefined && item.kind === 'comment') return problem(400, 'Comments have no title.', 'title')
        const limit = item.kind === 'comment' ? COMMENT_LIMITS.body : REVIEW_LIMITS.body
        if (body !== undefined && (body.length < limit.min || body.length > limit.max)) {
          return problem(
            400,
            `The text must be ${limit.min} to ${limit.max.toLocaleString('en-US')} characters.`,
            'body',
          )
        }
        const edited = await store.editItem(id, { body, title, spoilerFlag })
        await store.recordAction({ itemId: id, itemKind: item.kind, action: 'edit', by: moderator, note })
        if (edited) revalidate(edited)
        return edited ? { ok: true, value: edited } : problem(404, 'There is no comment or reader review with this id.')
      }

      await setStatus(item, STATUS_AFTER[decision.action]!)
      await store.resolveReports(id)
      await store.recordAction({ itemId: id, itemKind: item.kind, action: decision.action, by: moderator, note })
      revalidate(item)
      return { ok: true, value: (await store.moderationItem(id))! }
    },

    async blocks(): Promise<ReaderBlock[]> {
      return store.listBlocks(new Date(now()))
    },

    async endBlock(id: string, moderator: string): Promise<Outcome<{ id: string }>> {
      const block = (await store.listBlocks(new Date(now()))).find((candidate) => candidate.id === id)
      if (!block || !(await store.endBlock(id, new Date(now()))))
        return problem(404, 'There is no active block with this id.')
      if (block.itemId) {
        const item = await store.moderationItem(block.itemId)
        if (item) await store.recordAction({ itemId: item.id, itemKind: item.kind, action: 'unblock', by: moderator })
      }
      return { ok: true, value: { id } }
    },

    async heldTerms(): Promise<{ terms: string[]; lastChange: { by: string; at: string } | null }> {
      const [terms, lastChange] = await Promise.all([store.heldTerms(), store.heldTermsChange()])
      return { terms, lastChange }
    },

    /** One term a line; blank lines are dropped, case is ignored. Records who changed the list. */
    async setHeldTerms(list: string, moderator: string): Promise<Outcome<string[]>> {
      const terms = list
        .split('\n')
        .map((term) => term.trim())
        .filter(Boolean)
      const tooLong = terms.find((term) => term.length > 100)
      if (tooLong) return problem(400, `A held term is at most 100 characters: "${tooLong.slice(0, 40)}…".`, 'terms')
      if (terms.length > 2000) return problem(400, 'The list holds at most 2,000 terms.', 'terms')
      await store.setHeldTerms(terms, moderator)
      return { ok: true, value: await store.heldTerms() }
    },

    /** Counts a sign-in attempt from this address; the problem to answer when there were too many. */
    async signInLimit(ipHash: string): Promise<ReactionProblem | null> {
      const { limit, windowSeconds } = ALL_SIGN_INS
      const everyone = await store.hitRateLimit('moderationSignIn:all', limit, windowSeconds, new Date(now()))
      if (!everyone.allowed) {
        const wait = everyone.retryAfterSeconds
        return {
          status: 429,
          error: `Too many sign-in attempts on this site: try again in ${waitInWords(wait)}.`,
          retryAfterSeconds: wait,
        }
      }
      return hitRateLimits(store, 'moderationSignIn', { readerId: null, ipHash }, new Date(now()))
    },
  }
}

export type ModerationService = ReturnType<typeof createModerationService>

/** The moderation service over the site's store; the moderation forms ask for `immediate` expiry. */
export const getModerationService = servicePerExpiry((expire) =>
  getReactionStore().then((store) =>
    createModerationService({
      store,
      findSubject: findReactionSubject,
      findCommentSubject,
      revalidateReviews: (subject) => expire(reactionsTag(subject)),
      revalidateComments: (subject) => expire(commentsTag(subject)),
    }),
  ),
)
