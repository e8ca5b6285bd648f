import { BADGE_HEIGHT, BADGE_WIDTH, badgeLabel } from '@/lib/embeds/badge-svg'
import { markup, markupText } from '@/lib/embeds/markup'
import { cardIframeHtml } from '@/lib/embeds/oembed'
import type { ReviewEmbed } from '@/lib/embeds/review-embed'
import { embedBadgePath } from '@/lib/routes'
import { absoluteUrl } from '@/lib/seo/site-url'

import { CopySnippet } from './CopySnippet'

/**
 * What another site pastes to show a review's score, kept current by this site: the badge, the
 * card, a link. On a page of its own (/reviews/<slug>/embed), one link from the review, so review
 * pages do not carry snippets few readers open.
 */
export function EmbedThisScore({ embed }: { embed: ReviewEmbed }) {
  const badgeUrl = absoluteUrl(embedBadgePath(embed.slug))
  const badge = markupText(
    markup`<a href="${embed.reviewUrl}"><img src="${badgeUrl}" alt="${badgeLabel(embed)}" \
width="${BADGE_WIDTH}" height="${BADGE_HEIGHT}"></a>`,
  )
  return (
    <div className="space-y-5 font-sans">
      <p className="text-[0.95rem] text-ink-muted">
        Show this score on another site. It follows the review when the critic updates it, carries no spoilers and no
        tracking.
      </p>
      {/* eslint-disable-next-line @next/next/no-img-element -- an SVG preview at its own size */}
      <img
        src={embedBadgePath(embed.slug)}
        alt={`Badge preview: ${badgeLabel(embed)}`}
        width={BADGE_WIDTH}
        height={BADGE_HEIGHT}
        className="max-w-full"
      />
      <CopySnippet label="Badge image" value={badge} hint="On a dark page, add ?theme=dark to the image address." />
      <CopySnippet label="Score card (iframe)" value={cardIframeHtml(embed)} />
      <CopySnippet
        label="Plain link"
        value={embed.reviewUrl}
        hint="Tools that read oEmbed (many blogs, editors and chat apps) show the score card for this link."
      />
    </div>
  )
}
