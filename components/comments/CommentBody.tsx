import { mentionRuns, type MentionTarget } from '@/lib/reactions/mentions'
import { commentAnchor } from '@/lib/routes'

/** Blank lines separate paragraphs; single line breaks stay as the commenter typed them. */
function paragraphs(body: string): string[] {
  return body
    .split(/\n\s*\n/)
    .map((paragraph) => paragraph.trim())
    .filter(Boolean)
}

/**
 * A comment's text, always as text: React escapes it, no address in it becomes a link, and only
 * `@name` mentions of commenters earlier in the thread link to their comment.
 */
export function CommentBody({ body, mentionable }: { body: string; mentionable: readonly MentionTarget[] }) {
  return (
    <div className="space-y-2 font-serif text-[1.05rem] break-words whitespace-pre-line">
      {paragraphs(body).map((paragraph, index) => (
        <p key={index}>
          {mentionRuns(paragraph, mentionable).map((run, runIndex) =>
            'mention' in run ? (
              <a
                key={runIndex}
                href={`#${commentAnchor(run.mention.commentId)}`}
                className="font-sans font-semibold text-accent"
              >
                {run.text}
              </a>
            ) : (
              run.text
            ),
          )}
        </p>
      ))}
    </div>
  )
}
