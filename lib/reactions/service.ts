/**
 * The one way reader writes happen: the HTTP API (app/api/reactions) and the forms' server actions
 * both call this service, so they validate, limit and publish the same way. It checks the input,
 * that the subject is a published series or episode, the reader's right to edit, the rate limits,
 * applies the moderation policy, stores through the ReactionStore and expires the pages showing
 * the subject's reader reviews. Nothing is stored when it answers a problem.
 */
import 'server-only'
import type { z } from 'zod'

import { env } from '@/lib/env/server'

import { commentsTag, reactionsTag } from './read'
import { servicePerExpiry } from './expiry'
import { getReactionStore } from './store'
import type { ReactionStore } from './store/store'
import { formProblem, hitRateLimits } from './abuse'
import { commentChangesSchema, commentDraftSchema, commentListParamsSchema, reportSchema } from './comment-input'
import { type CommentSubject, type FindCommentSubject, findCommentSubject } from './comment-subjects'
import { holdReason } from './hold-rules'
import { type Outcome, POSTING_UNAVAILABLE, problem } from './problems'
import { fieldErrors, reviewChangesSchema, reviewDraftSchema, reviewListParamsSchema, voteSchema } from './review-input'
import {
  clientIp,
  hashIp,
  identifyReader,
  isHttps,
  issueFormToken,
  readerCookie,
  resolveReaderSecret,
  verifyReaderCookie,
} from './identity'
import { type FindReactionSubject, findReactionSubject, type ReactionSubject } from './subjects'
import {
  type AudienceSummary,
  type CommentThread,
  countComments,
  EDIT_WINDOW_MS,
  type ModeratedItemKind,
  type ReaderComment,
  type StoredReaderComment,
  type ReaderReview,
  type ReviewSort,
  type StoredReaderReview,
  type VoteCounts,
} from './types'

/** `post` publishes at once, `pre` holds every post for a moderator, `first-post` a reader's first one. */
export type ModerationPolicy = 'post' | 'pre' | 'first-post'

export interface ReactionServiceDeps {
  store: ReactionStore
  /** READER_COOKIE_SECRET (or development's kept one); null: posting is unavailable. */
  secret: string | null
  moderation: ModerationPolicy
  findSubject: FindReactionSubject
  findCommentSubject: FindCommentSubject
  /** Expires the cached pages that show a subject's reader reviews. */
  revalidateSubject: (subject: string) => void
  /** Expires the cached pages that show a subject's comments. */
  revalidateComments: (subject: string) => void
  /** Reports from this many different readers hide a post until a moderator decides. */
  reportsToHide: number
  now?: () => number
}

/** Who is writing: the reader id from the verified cookie (or a new one) and the salted IP hash. */
export interface WriterContext {
  readerId: string
  ipHash: string | null
}

export interface ReviewPostContext extends WriterContext {
  /** Form posts must carry a fresh form token; JSON clients may leave it out. */
  fromForm: boolean
  formToken?: unknown
  honeypot?: unknown
}

export interface OwnReviewView {
  review: ReaderReview
  subject: ReactionSubject | null
  isAuthor: boolean
  /** Epoch ms until which the author may edit or delete it; null when they no longer may. */
  editableUntil: number | null
}

/** The first problem of a failed parse as `{ error, field }`, with every field's message for forms. */
function invalid(error: z.ZodError): Outcome<never> {
  const fields = fieldErrors(error)
  const [field, message = 'The input is not valid.'] = Object.entries(fields)[0] ?? ['form']
  return { ok: false, problem: { status: 400, error: message, ...(field === 'form' ? {} : { field }), fields } }
}

function withoutWriter<Post extends StoredReaderReview | StoredReaderComment>({
  readerId: _reader,
  ipHash: _ip,
  ...post
}: Post): Omit<Post, 'readerId' | 'ipHash'> {
  return post
}

const BLOCKED = 'You cannot post here for now: a moderator has paused your posting.'

function episodesWatchedProblem(subject: ReactionSubject, episodesWatched: number | null | undefined) {
  if (episodesWatched === null || episodesWatched === undefined) return null
  if (subject.kind === 'episode') {
    return problem(400, 'An episode review takes no episodesWatched; leave it out.', 'episodesWatched')
  }
  if (subject.episodeCount !== null && episodesWatched > subject.episodeCount) {
    return problem(
      400,
      `Episodes watched must be from 0 to ${subject.episodeCount}, the episodes ${subject.title} has.`,
      'episodesWatched',
    )
  }
  return null
}

export function createReactionService(deps: ReactionServiceDeps) {
  const { store, secret, findSubject } = deps
  const now = deps.now ?? Date.now

  /** Until when (epoch ms) the reader may still edit or delete their own post; null when they may not. */
  function editableUntil(post: StoredReaderReview | StoredReaderComment, readerId: string | null): number | null {
    if (!readerId || post.readerId !== readerId) return null
    if (post.status !== 'published' && post.status !== 'pending') return null
    const until = Date.parse(post.createdAt) + EDIT_WINDOW_MS
    return now() <= until ? until : null
  }

  /** The author's own review or comment, still within the edit window; else the problem to answer. */
  function ownEditable<Post extends StoredReaderReview | StoredReaderComment>(
    post: Post | null,
    readerId: string,
    noun: 'review' | 'comment',
  ): Outcome<Post> {
    const name = noun === 'review' ? 'reader review' : 'comment'
    if (!post || post.status === 'deleted') return problem(404, `There is no ${name} with this id.`)
    if (post.readerId !== readerId) return problem(403, `Only the reader who wrote this ${noun} can change it.`)
    if (editableUntil(post, readerId) === null) {
      const posts = noun === 'review' ? 'Reviews' : 'Comments'
      return problem(403, `${posts} can be edited or deleted for 15 minutes after posting; that time has passed.`)
    }
    return { ok: true, value: post }
  }

  /**
   * Whether a new post publishes at once or waits for a moderator, and why: the policy, then the
   * rules (links, held terms). Refuses a blocked reader.
   */
  async function admission(
    context: WriterContext,
    texts: string[],
  ): Promise<Outcome<{ status: 'published' | 'pending'; heldFor: string | null }>> {
    if (await store.activeBlock(context, new Date(now()))) return problem(403, BLOCKED)
    if (deps.moderation === 'pre') return { ok: true, value: { status: 'pending', heldFor: null } }
    const heldFor = holdReason(texts, await store.heldTerms())
    if (heldFor) return { ok: true, value: { status: 'pending', heldFor } }
    if (deps.moderation === 'first-post' && !(await store.hasPublishedPost(context.readerId))) {
      return { ok: true, value: { status: 'pending', heldFor: "The reader's first post." } }
    }
    return { ok: true, value: { status: 'published', heldFor: null } }
  }

  async function recordHold(itemId: string, itemKind: ModeratedItemKind, heldFor: string | null) {
    if (heldFor) await store.recordAction({ itemId, itemKind, action: 'held', by: 'rules', note: heldFor })
  }

  /** Hides a published post once enough different readers report it, and records why. */
  async function hideIfReportedEnough(
    itemId: string,
    itemKind: ModeratedItemKind,
    subject: string,
    reporters: number,
  ): Promise<boolean> {
    if (reporters < deps.reportsToHide) return false
    const hidden =
      itemKind === 'comment' ? await store.setCommentStatus(itemId, 'hidden') : await store.setStatus(itemId, 'hidden')
    if (!hidden) return false
    await store.recordAction({
      itemId,
      itemKind,
      action: 'hidden-by-reports',
      by: 'reports',
      note: `Reported by ${reporters} readers.`,
    })
    if (itemKind === 'comment') deps.revalidateComments(subject)
    else deps.revalidateSubject(subject)
    return true
  }

  return {
    /** False in production without READER_COOKIE_SECRET: forms say so, the write API answers 503. */
    available: secret !== null,

    /**
     * Who writes: the reader in a verified cookie, or a new reader whose cookie the answer must set
     * (`cookie`), and the salted hash of the client address. Null when posting is unavailable.
     */
    writer(cookieValue: string | undefined, headers: Headers) {
      if (!secret) return null
      const { readerId, isNew } = identifyReader(cookieValue, secret)
      return {
        readerId,
        ipHash: hashIp(clientIp(headers), secret),
        cookie: isNew ? readerCookie(readerId, secret, isHttps(headers)) : null,
      }
    },

    /** The verified reader id of a cookie, or null (reading needs no new reader). */
    reader(cookieValue: string | undefined): string | null {
      return secret ? verifyReaderCookie(cookieValue, secret) : null
    },

    /** A signed timestamp for a review form being served now; null when posting is unavailable. */
    formToken(): string | null {
      return secret ? issueFormToken(secret, now()) : null
    },

    async submitReview(input: unknown, context: ReviewPostContext) {
      if (!secret) return problem(503, POSTING_UNAVAILABLE)
      const formIssue = formProblem(context, secret, context.fromForm, now())
      if (formIssue) return { ok: false as const, problem: formIssue }
      const parsed = reviewDraftSchema.safeParse(input)
      if (!parsed.success) return invalid(parsed.error)
      const draft = parsed.data
      const subject = await findSubject(draft.subject)
      if (!subject) return problem(404, 'No published series or episode has this id.', 'subject')
      const episodesIssue = episodesWatchedProblem(subject, draft.episodesWatched)
      if (episodesIssue) return episodesIssue
      const admitted = await admission(context, [draft.title, draft.body, draft.name])
      if (!admitted.ok) return admitted
      const limited = await hitRateLimits(store, 'review', context, new Date(now()))
      if (limited) return { ok: false as const, problem: limited }

      const review = await store.createReview({
        ...draft,
        rating: draft.rating as StoredReaderReview['rating'],
        subject: subject.id,
        readerId: context.readerId,
        ipHash: context.ipHash,
        status: admitted.value.status,
        createdAt: new Date(now()).toISOString(),
      })
      await recordHold(review.id, 'readerReview', admitted.value.heldFor)
      if (review.status === 'published') deps.revalidateSubject(review.subject)
      return { ok: true as const, value: { review: withoutWriter(review), subject } }
    },

    async editReview(id: string, input: unknown, context: WriterContext) {
      if (!secret) return problem(503, POSTING_UNAVAILABLE)
      const own = ownEditable(await store.getReview(id), context.readerId, 'review')
      if (!own.ok) return own
      const parsed = reviewChangesSchema.safeParse(input)
      if (!parsed.success) return invalid(parsed.error)
      const changes = parsed.data
      if (changes.episodesWatched !== undefined) {
        const subject = await findSubject(own.value.subject)
        const episodesIssue = subject && episodesWatchedProblem(subject, changes.episodesWatched)
        if (episodesIssue) return episodesIssue
      }
      const updated = await store.updateReview(id, {
        ...changes,
        rating: changes.rating as StoredReaderReview['rating'] | undefined,
      })
      if (!updated) return problem(404, 'There is no reader review with this id.')
      if (updated.status === 'published') deps.revalidateSubject(updated.subject)
      return { ok: true as const, value: withoutWriter(updated) }
    },

    async deleteReview(id: string, context: WriterContext) {
      if (!secret) return problem(503, POSTING_UNAVAILABLE)
      const own = ownEditable(await store.getReview(id), context.readerId, 'review')
      if (!own.ok) return own
      await store.setStatus(id, 'deleted')
      if (own.value.status === 'published') deps.revalidateSubject(own.value.subject)
      return { ok: true as const, value: { id, subject: own.value.subject } }
    },

    async vote(reviewId: string, input: unknown, context: WriterContext): Promise<Outcome<VoteCounts>> {
      if (!secret) return problem(503, POSTING_UNAVAILABLE)
      const parsed = voteSchema.safeParse(input)
      if (!parsed.success) return invalid(parsed.error)
      const review = await store.getReview(reviewId)
      if (!review || review.status !== 'published')
        return problem(404, 'There is no published reader review with this id.')
      const limited = await hitRateLimits(store, 'vote', context, new Date(now()))
      if (limited) return { ok: false, problem: limited }
      const counts = await store.vote({ reviewId, ...context, helpful: parsed.data.helpful })
      if (!counts) return problem(404, 'There is no published reader review with this id.')
      deps.revalidateSubject(review.subject)
      return { ok: true, value: counts }
    },

    /** A review for its own page: anyone sees a published one; only its author sees it in any other state. */
    async ownReview(id: string, readerId: string | null): Promise<OwnReviewView | null> {
      const review = await store.getReview(id)
      if (!review) return null
      const isAuthor = readerId !== null && review.readerId === readerId
      if (!isAuthor && review.status !== 'published') return null
      return {
        review: withoutWriter(review),
        subject: await findSubject(review.subject),
        isAuthor,
        editableUntil: editableUntil(review, readerId),
      }
    },

    async submitComment(
      input: unknown,
      context: ReviewPostContext,
    ): Promise<Outcome<{ comment: ReaderComment; subject: CommentSubject }>> {
      if (!secret) return problem(503, POSTING_UNAVAILABLE)
      const formIssue = formProblem(context, secret, context.fromForm, now())
      if (formIssue) return { ok: false, problem: formIssue }
      const parsed = commentDraftSchema.safeParse(input)
      if (!parsed.success) return invalid(parsed.error)
      const draft = parsed.data
      const subject = await deps.findCommentSubject(draft.subject)
      if (!subject) return problem(404, 'No published review or article has this id.', 'subject')
      if (draft.aboutLaterEpisodes && !subject.episodes) {
        return problem(
          400,
          'Only comments on an episode review can be marked as about later episodes.',
          'aboutLaterEpisodes',
        )
      }
      if (draft.parent !== null) {
        const parent = await store.getComment(draft.parent)
        if (!parent || parent.subject !== subject.id || parent.status !== 'published') {
          return problem(404, 'There is no published comment with this id to reply to here.', 'parent')
        }
        if (parent.parent !== null) {
          return problem(400, 'Replies go one level deep: reply to the comment this reply answers.', 'parent')
        }
      }
      const admitted = await admission(context, [draft.body, draft.name])
      if (!admitted.ok) return admitted
      const limited = await hitRateLimits(store, 'comment', context, new Date(now()))
      if (limited) return { ok: false, problem: limited }

      const comment = await store.createComment({
        ...draft,
        subject: subject.id,
        readerId: context.readerId,
        ipHash: context.ipHash,
        status: admitted.value.status,
        createdAt: new Date(now()).toISOString(),
      })
      await recordHold(comment.id, 'comment', admitted.value.heldFor)
      if (comment.status === 'published') deps.revalidateComments(comment.subject)
      return { ok: true, value: { comment: withoutWriter(comment), subject } }
    },

    async editComment(id: string, input: unknown, context: WriterContext): Promise<Outcome<ReaderComment>> {
      if (!secret) return problem(503, POSTING_UNAVAILABLE)
      const own = ownEditable(await store.getComment(id), context.readerId, 'comment')
      if (!own.ok) return own
      const parsed = commentChangesSchema.safeParse(input)
      if (!parsed.success) return invalid(parsed.error)
      if (parsed.data.aboutLaterEpisodes) {
        const subject = await deps.findCommentSubject(own.value.subject)
        if (!subject?.episodes) {
          return problem(
            400,
            'Only comments on an episode review can be marked as about later episodes.',
            'aboutLaterEpisodes',
          )
        }
      }
      // An edit goes through the same rules as a new post: a link added later is held too.
      const changed = { ...own.value, ...parsed.data }
      const heldFor = holdReason([changed.body, changed.name], await store.heldTerms())
      const updated = await store.updateComment(id, parsed.data)
      if (!updated) return problem(404, 'There is no comment with this id.')
      if (heldFor && updated.status === 'published') {
        await store.setCommentStatus(id, 'pending')
        await recordHold(id, 'comment', heldFor)
      }
      deps.revalidateComments(updated.subject)
      return { ok: true, value: withoutWriter((await store.getComment(id))!) }
    },

    async deleteComment(id: string, context: WriterContext): Promise<Outcome<{ id: string; subject: string }>> {
      if (!secret) return problem(503, POSTING_UNAVAILABLE)
      const own = ownEditable(await store.getComment(id), context.readerId, 'comment')
      if (!own.ok) return own
      await store.setCommentStatus(id, 'deleted')
      if (own.value.status === 'published') deps.revalidateComments(own.value.subject)
      return { ok: true, value: { id, subject: own.value.subject } }
    },

    /** A comment for its own page: anyone sees a published one; only its author sees it in any other state. */
    async ownComment(id: string, readerId: string | null) {
      const comment = await store.getComment(id)
      if (!comment || comment.status === 'deleted') return null
      const isAuthor = readerId !== null && comment.readerId === readerId
      if (!isAuthor && comment.status !== 'published') return null
      return {
        comment: withoutWriter(comment),
        subject: await deps.findCommentSubject(comment.subject),
        isAuthor,
        editableUntil: editableUntil(comment, readerId),
      }
    },

    async listComments(
      params: Record<string, unknown>,
    ): Promise<Outcome<{ subject: string; total: number; comments: CommentThread[] }>> {
      const parsed = commentListParamsSchema.safeParse(params)
      if (!parsed.success) return invalid(parsed.error)
      const { subject } = parsed.data
      if (!(await deps.findCommentSubject(subject))) {
        return problem(404, 'No published review or article has this id.', 'subject')
      }
      const comments = await store.listComments(subject)
      return { ok: true, value: { subject, total: countComments(comments), comments } }
    },

    /** A reader reports a published comment or reader review; one reader's reports of an item count once. */
    async report(
      input: unknown,
      context: WriterContext,
    ): Promise<Outcome<{ item: string; counted: boolean; hidden: boolean }>> {
      if (!secret) return problem(503, POSTING_UNAVAILABLE)
      const parsed = reportSchema.safeParse(input)
      if (!parsed.success) return invalid(parsed.error)
      const { item, reason } = parsed.data
      const comment = await store.getComment(item)
      const post = comment ?? (await store.getReview(item))
      if (!post || post.status !== 'published') {
        return problem(404, 'There is no published comment or reader review with this id.', 'item')
      }
      if (await store.activeBlock(context, new Date(now()))) return problem(403, BLOCKED)
      const limited = await hitRateLimits(store, 'report', context, new Date(now()))
      if (limited) return { ok: false, problem: limited }
      const itemKind = comment ? 'comment' : 'readerReview'
      const { counted, reporters } = await store.report({ itemId: item, itemKind, reason, ...context })
      const hidden = counted && (await hideIfReportedEnough(item, itemKind, post.subject, reporters))
      return { ok: true, value: { item, counted, hidden } }
    },

    async summary(params: { subject?: unknown }): Promise<Outcome<AudienceSummary>> {
      const parsed = reviewListParamsSchema.pick({ subject: true }).safeParse(params)
      if (!parsed.success) return invalid(parsed.error)
      if (!(await findSubject(parsed.data.subject))) {
        return problem(404, 'No published series or episode has this id.', 'subject')
      }
      return { ok: true, value: await store.summary(parsed.data.subject) }
    },

    async listReviews(
      params: Record<string, unknown>,
    ): Promise<Outcome<{ subject: string; sort: ReviewSort; total: number; reviews: ReaderReview[] }>> {
      const parsed = reviewListParamsSchema.safeParse(params)
      if (!parsed.success) return invalid(parsed.error)
      const { subject, sort, rating, limit, offset } = parsed.data
      if (!(await findSubject(subject))) return problem(404, 'No published series or episode has this id.', 'subject')
      const query = { subject, sort, limit, offset, rating: rating as ReaderReview['rating'] | undefined }
      const [reviews, total] = await Promise.all([store.listReviews(query), store.countReviews(subject, rating)])
      return { ok: true, value: { subject, sort, total, reviews } }
    },
  }
}

export type ReactionService = ReturnType<typeof createReactionService>

/**
 * The service the site runs: the configured store and secret, pages expired through Next's cache
 * tags. Server actions ask for `immediate` expiry (see lib/reactions/expiry.ts).
 */
export const getReactionService = servicePerExpiry((expire) =>
  getReactionStore().then((store) =>
    createReactionService({
      store,
      secret: resolveReaderSecret({
        configured: env.readerCookieSecret,
        production: process.env.NODE_ENV === 'production',
      }),
      moderation: env.reactionsModeration,
      findSubject: findReactionSubject,
      findCommentSubject,
      revalidateSubject: (subject) => expire(reactionsTag(subject)),
      revalidateComments: (subject) => expire(commentsTag(subject)),
      reportsToHide: env.reportsToHide,
    }),
  ),
)
