/**
 * A review's score badge as SVG: the score on its band's colour (white text, at least 4.5:1), then
 * the series, the band and the site's name. SVG shown as an image cannot measure text, so long names
 * are shortened to fit the fixed width; the `<title>` carries them whole for screen readers.
 */
import type { BadgeTheme } from '@/lib/routes'
import { formatScore, scoreLabel } from '@/lib/score'

import { markup, markupText } from './markup'
import type { ReviewEmbed } from './review-embed'

export const BADGE_WIDTH = 320
export const BADGE_HEIGHT = 64

const THEMES: Record<BadgeTheme, { background: string; border: string; text: string; muted: string }> = {
  // The site's paper and ink colours (app/globals.css); muted text keeps 4.5:1 on both.
  light: { background: '#fbf9f5', border: '#ddd6ca', text: '#1d1b18', muted: '#585249' },
  dark: { background: '#14120f', border: '#3a352e', text: '#ede8e0', muted: '#b0a89c' },
}

const FONT = "system-ui, -apple-system, 'Segoe UI', Roboto, Helvetica, Arial, sans-serif"

/** At most `max` characters (whole code points), ending in an ellipsis when shortened. */
export function shorten(text: string, max: number): string {
  const characters = Array.from(text)
  return characters.length <= max
    ? text
    : `${characters
        .slice(0, max - 1)
        .join('')
        .trimEnd()}…`
}

/** What a screen reader says for the badge, and what an <img> of it should carry as alt text. */
export function badgeLabel(embed: ReviewEmbed): string {
  const subject = [embed.seriesTitle, embed.episodes].filter(Boolean).join(', ') || embed.title
  return `${subject}: ${scoreLabel(embed.score)}, ${embed.band.label}. Reviewed by ${embed.siteName}.`
}

export function badgeSvg(embed: ReviewEmbed, theme: BadgeTheme): string {
  const colours = THEMES[theme]
  const heading = shorten(embed.seriesTitle ?? embed.title, 28)
  const bandLine = shorten([embed.band.label, embed.episodes].filter(Boolean).join(' · '), 34)
  const svg = markup`<svg xmlns="http://www.w3.org/2000/svg" width="${BADGE_WIDTH}" height="${BADGE_HEIGHT}" \
viewBox="0 0 ${BADGE_WIDTH} ${BADGE_HEIGHT}" role="img" aria-labelledby="badge-title" \
data-score="${formatScore(embed.score)}" data-band="${embed.band.id}">
<title id="badge-title">${badgeLabel(embed)}</title>
<rect x="0.5" y="0.5" width="${BADGE_WIDTH - 1}" height="${BADGE_HEIGHT - 1}" rx="6" \
fill="${colours.background}" stroke="${colours.border}"/>
<path d="M6.5 0.5H72V63.5H6.5A6 6 0 0 1 0.5 57.5V6.5A6 6 0 0 1 6.5 0.5Z" fill="${embed.band.colour}"/>
<g font-family="${FONT}">
<text x="36" y="40" text-anchor="middle" font-size="24" font-weight="700" fill="#ffffff">\
${formatScore(embed.score)}</text>
<text x="84" y="22" font-size="14" font-weight="700" fill="${colours.text}">${heading}</text>
<text x="84" y="39" font-size="12" font-weight="600" fill="${colours.text}">${bandLine}</text>
<text x="84" y="54" font-size="11" fill="${colours.muted}">${shorten(embed.siteName, 40)}</text>
</g>
</svg>
`
  return markupText(svg)
}
