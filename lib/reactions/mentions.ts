/**
 * `@name` mentions in a comment: the text cut into plain runs and mentions of commenters in the
 * same thread. Pure and markup-free: callers render every run as text, a mention as a link to the
 * mentioned comment. Display names may hold spaces, so the longest name that follows an `@` wins.
 */

export interface MentionTarget {
  /** The display name as its commenter wrote it. */
  name: string
  /** The comment a mention of this name points at. */
  commentId: string
}

export type CommentTextRun = { text: string } | { text: string; mention: MentionTarget }

const letterOrDigit = /[\p{L}\p{N}_]/u

function foldCase(text: string): string {
  return text.toLocaleLowerCase('en-GB')
}

/**
 * The body as runs of text and mentions. An `@` counts only at the start or after a character that
 * is not a letter or digit (so an e-mail address is left alone), and a name only when no letter or
 * digit follows it ("@Jo" is not "@Joon"). Names match whatever their case; unknown names stay text.
 */
export function mentionRuns(body: string, targets: readonly MentionTarget[]): CommentTextRun[] {
  const longestFirst = targets
    .filter((target) => target.name.length > 0)
    .map((target) => ({ target, folded: foldCase(target.name) }))
    .sort((a, b) => b.folded.length - a.folded.length)
  const runs: CommentTextRun[] = []
  let plainFrom = 0
  let index = body.indexOf('@')
  while (index >= 0 && longestFirst.length > 0) {
    const before = index > 0 ? body[index - 1] : ''
    const match = before && letterOrDigit.test(before) ? undefined : findName(body, index + 1, longestFirst)
    if (match) {
      if (index > plainFrom) runs.push({ text: body.slice(plainFrom, index) })
      const end = index + 1 + match.target.name.length
      runs.push({ text: body.slice(index, end), mention: match.target })
      plainFrom = end
      index = body.indexOf('@', end)
    } else {
      index = body.indexOf('@', index + 1)
    }
  }
  if (plainFrom < body.length) runs.push({ text: body.slice(plainFrom) })
  return runs
}

function findName(body: string, start: number, candidates: { target: MentionTarget; folded: string }[]) {
  return candidates.find(({ target, folded }) => {
    const end = start + target.name.length
    if (foldCase(body.slice(start, end)) !== folded) return false
    return end >= body.length || !letterOrDigit.test(body[end])
  })
}

export interface ThreadComment {
  id: string
  name: string
  createdAt: string
}

/**
 * Whom a comment may mention: every other commenter who wrote before it, each name pointing at
 * that commenter's latest comment before this one (the one being answered).
 */
export function mentionTargetsFor(comment: ThreadComment, thread: readonly ThreadComment[]): MentionTarget[] {
  const latestByName = new Map<string, ThreadComment>()
  for (const other of thread) {
    if (other.id === comment.id || other.createdAt > comment.createdAt) continue
    const key = foldCase(other.name.trim())
    const known = latestByName.get(key)
    if (!known || other.createdAt >= known.createdAt) latestByName.set(key, other)
  }
  return [...latestByName.values()].map((other) => ({ name: other.name.trim(), commentId: other.id }))
}
