import { BADGE_HEIGHT, BADGE_WIDTH, badgeLabel } from '@/lib/embeds/badge-svg'
import { markup, markupText } from '@/lib/embeds/markup'
import { cardIframeHtml } from '@/lib/embeds/oembed'
import type { ReviewEmbed } from '@/lib/embeds/review-embed'
import { embedBadgePath } from '@/lib/routes'
import { absoluteUrl } from '@/lib/seo/site-url'

import { CopySnippet } from './CopySnippet'

/**
 * "Embed this score": a native disclosure (keyboard and screen-reader ready without script) with
 * what another site pastes to show the score, kept current by this site: the badge, the card, a link.
 */
export function EmbedThisScore({ embed }: { embed: ReviewEmbed }) {
  const badgeUrl = absoluteUrl(embedBadgePath(embed.slug))
  const badge = markupText(
    markup`<a href="${embed.reviewUrl}"><img src="${badgeUrl}" alt="${badgeLabel(embed)}" \
width="${BADGE_WIDTH}" height="${BADGE_HEIGHT}"></a>`,
  )
  return (
    <details className="rounded-md border border-rule bg-paper-raised p-4 font-sans sm:p-5">
      <summary className="cursor-pointer font-semibold">Embed this score</summary>
      <div className="mt-4 space-y-5">
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
          loading="lazy"
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
    </details>
  )
}
