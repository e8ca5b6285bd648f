/**
 * A review's score card: one small HTML document made to sit in an iframe on another site. No
 * script, no font or image requests, no site frame; styles inline. Every line of text is clamped, so
 * the height an oEmbed answer promises (cardSize) holds at any width from CARD_MIN_WIDTH up.
 */
import { SCORE_MAX, formatScore, meterFraction, roundScore, scoreLabel } from '@/lib/score'

import { type Markup, constantMarkup, markup, markupText } from './markup'
import type { ReviewEmbed } from './review-embed'

export const CARD_WIDTH = 420
export const CARD_MIN_WIDTH = 260

// Pixel sizes the stylesheet below uses, so the promised height follows the layout.
const FRAME = 2 + 2 * 16
const KICKER = 16
const TITLE = 6 + 2 * 22
const SCORE = 12 + 44
const VERDICT = 10 + 2 * 20
const ASPECT_ROW = 22
const ASPECT_GAP = 4
const ASPECTS_MARGIN = 12
const FOOTER = 12 + 18

/** The iframe size that shows the whole card without scrolling. */
export function cardSize(embed: ReviewEmbed, width = CARD_WIDTH): { width: number; height: number } {
  const rows = embed.aspects.length
  const aspects = rows ? ASPECTS_MARGIN + rows * ASPECT_ROW + (rows - 1) * ASPECT_GAP : 0
  const height = FRAME + KICKER + TITLE + SCORE + (embed.verdict ? VERDICT : 0) + aspects + FOOTER
  return { width, height }
}

const STYLE = `
:root{color-scheme:light dark;--paper:#fbf9f5;--ink:#1d1b18;--muted:#585249;--rule:#ddd6ca;--track:#e3ddd2;
--link:#8c2333}
@media (prefers-color-scheme:dark){:root{--paper:#14120f;--ink:#ede8e0;--muted:#b0a89c;--rule:#3a352e;--track:#2e2a24;
--link:#f0a7ae}}
*{box-sizing:border-box}
html,body{margin:0;background:transparent}
body{font:14px/20px system-ui,-apple-system,'Segoe UI',Roboto,Helvetica,Arial,sans-serif;color:var(--ink)}
.card{margin:0;padding:16px;border:1px solid var(--rule);border-radius:8px;background:var(--paper);overflow:hidden}
.one{white-space:nowrap;overflow:hidden;text-overflow:ellipsis}
.two{display:-webkit-box;-webkit-box-orient:vertical;-webkit-line-clamp:2;overflow:hidden}
.kicker{margin:0;font-size:12px;line-height:16px;letter-spacing:.04em;text-transform:uppercase;color:var(--muted)}
h1{margin:6px 0 0;font:700 17px/22px Georgia,'Times New Roman',serif;max-height:44px}
a{color:var(--link)}
h1 a{color:inherit;text-decoration:none}
h1 a:hover,h1 a:focus-visible{text-decoration:underline}
a:focus-visible{outline:2px solid var(--link);outline-offset:2px}
.score{display:flex;align-items:center;gap:10px;margin:12px 0 0;height:44px}
.number{display:inline-block;min-width:64px;padding:6px 10px;border-radius:6px;color:#fff;font:700 26px/32px \
system-ui,sans-serif;text-align:center;font-variant-numeric:tabular-nums}
.band{font-weight:600;line-height:18px}
.band small{display:block;font-weight:400;font-size:12px;line-height:16px;color:var(--muted)}
.verdict{margin:10px 0 0;font:15px/20px Georgia,'Times New Roman',serif;max-height:40px}
ul{list-style:none;margin:12px 0 0;padding:0;display:grid;gap:4px}
li{display:grid;grid-template-columns:minmax(0,7.5em) 1fr 2.5em;align-items:center;gap:8px;height:22px;font-size:13px}
.bar{height:8px;border-radius:4px;background:var(--track);overflow:hidden}
.bar span{display:block;height:100%;background:var(--ink)}
.value{text-align:right;font-weight:600;font-variant-numeric:tabular-nums}
.foot{margin:12px 0 0;font-size:13px;line-height:18px;color:var(--muted)}
`

function aspectRows(embed: ReviewEmbed): Markup | null {
  if (embed.aspects.length === 0) return null
  // The bars start at the site's meter floor, as its aspect meters do, so close scores look different.
  const rows = embed.aspects.map(
    ({ name, score }) => markup`<li><span class="one">${name}</span>\
<span class="bar" role="meter" aria-label="${name}" aria-valuemin="0" aria-valuemax="${SCORE_MAX}" \
aria-valuenow="${roundScore(score)}" aria-valuetext="${scoreLabel(score)}">\
<span style="width:${Math.round(meterFraction(score) * 100)}%"></span></span>\
<span class="value" aria-hidden="true">${formatScore(score)}</span></li>`,
  )
  return markup`<ul aria-label="Aspect scores">${rows}</ul>`
}

export function cardHtml(embed: ReviewEmbed): string {
  const kicker = [embed.seriesTitle, embed.episodes].filter(Boolean).join(' · ')
  const scoreOf = embed.criticName ? `${embed.criticName}’s score` : 'Our score'
  const page = markup`<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1">
<meta name="robots" content="noindex">
<title>${embed.title}: ${formatScore(embed.score)} out of ${SCORE_MAX} on ${embed.siteName}</title>
<link rel="canonical" href="${embed.reviewUrl}">
<style>${constantMarkup(STYLE.trim())}</style>
</head>
<body>
<article class="card" aria-labelledby="review-title">
<p class="kicker one">${kicker || embed.siteName}</p>
<h1 id="review-title" class="two"><a href="${embed.reviewUrl}" target="_blank" rel="noopener">${embed.title}</a></h1>
<p class="score"><span class="number" role="img" aria-label="${scoreLabel(embed.score)}" \
style="background:${embed.band.colour}">${formatScore(embed.score)}</span>\
<span class="band">${embed.band.label}<small>${scoreOf}</small></span></p>
${embed.verdict ? markup`<p class="verdict two">${embed.verdict}</p>` : null}
${aspectRows(embed)}
<p class="foot one"><a href="${embed.reviewUrl}" target="_blank" rel="noopener">Read the full review</a> \
on ${embed.siteName}</p>
</article>
</body>
</html>
`
  return markupText(page)
}
