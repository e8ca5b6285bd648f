/**
 * The 1200x630 card shown when a page is shared: what the page is about, its title, and the
 * score in the same band colours as the site's ScoreBadge. Drawn by next/og (Satori), which
 * supports only flexbox layout and inline styles, so this is a separate component from the badge.
 */
import { AUDIENCE_RATING_MAX, formatAudienceAverage, ratingsCountLabel, shownAverage } from '@/lib/reactions/audience'
import type { AudienceSummary } from '@/lib/reactions/types'
import { formatScore, SCORE_MAX, scoreBand } from '@/lib/score'

import { drawableText, fitText } from './card-text'

export const CARD_SIZE = { width: 1200, height: 630 } as const

const PAPER = '#fbf9f5'
const INK = '#1d1b18'
const INK_MUTED = '#585249'
const ACCENT = '#8c2333'
const RULE = '#ddd6ca'

export interface ShareCardProps {
  /** Small capitals above the title: "Episode review · Mara Seo". */
  kicker: string
  title: string
  /** One line under the title: year, country, genres, a role. */
  detail?: string | null
  score?: number | null
  /** What the score is of, beside the badge: "Series score". */
  scoreCaption?: string | null
  /** The readers' ratings, beside the critic's score. */
  audience?: Pick<AudienceSummary, 'count' | 'average'> | null
  /** A data URL (never a remote URL) of a poster or portrait. */
  imageSrc?: string | null
  /** Shape of the image: posters are 2:3, portraits square. */
  imageShape?: 'poster' | 'portrait'
  siteName: string
}

/** The readers' average and how many rated, or why there is no average yet; the count always shows. */
function AudienceLine({ audience }: { audience: Pick<AudienceSummary, 'count' | 'average'> }) {
  const average = shownAverage(audience)
  return (
    <div style={{ display: 'flex', flexDirection: 'column', gap: 4 }}>
      <div style={{ display: 'flex', alignItems: 'baseline', gap: 8 }}>
        <span style={{ fontSize: 22, fontWeight: 600, color: INK_MUTED }}>Readers</span>
        {average === null ? (
          <span style={{ fontSize: 26, fontWeight: 600 }}>Not enough ratings yet</span>
        ) : (
          <span style={{ display: 'flex', alignItems: 'baseline' }}>
            <span style={{ fontSize: 44, fontWeight: 600 }}>{formatAudienceAverage(average)}</span>
            <span style={{ fontSize: 22, marginLeft: 4, color: INK_MUTED }}>/{AUDIENCE_RATING_MAX}</span>
          </span>
        )}
      </div>
      <div style={{ display: 'flex', fontSize: 22, color: INK_MUTED }}>{ratingsCountLabel(audience.count)}</div>
    </div>
  )
}

function titleSize(length: number): number {
  if (length <= 32) return 68
  if (length <= 60) return 56
  if (length <= 90) return 46
  return 40
}

export function ShareCard({
  kicker,
  title,
  detail,
  score,
  scoreCaption,
  audience,
  imageSrc,
  imageShape = 'poster',
  siteName,
}: ShareCardProps) {
  // A title entirely in a script the card fonts lack (e.g. Korean only) falls back to the site name.
  const shownTitle = fitText(drawableText(title), 120) || drawableText(siteName)
  const shownKicker = fitText(drawableText(kicker), 70)
  const shownDetail = fitText(drawableText(detail), 90)
  const shownSiteName = fitText(drawableText(siteName), 32)
  const shownCaption = fitText(drawableText(scoreCaption), 36)
  const hasScore = typeof score === 'number' && Number.isFinite(score)
  const band = hasScore ? scoreBand(score) : null
  const imageBox = imageShape === 'poster' ? { width: 360, height: 540 } : { width: 400, height: 400 }

  return (
    <div style={{ width: '100%', height: '100%', display: 'flex', background: PAPER, color: INK, fontFamily: 'Inter' }}>
      <div style={{ width: 16, height: '100%', display: 'flex', background: ACCENT }} />
      <div style={{ flex: 1, display: 'flex', padding: '45px 60px 45px 56px', gap: 52, alignItems: 'center' }}>
        {imageSrc ? (
          // eslint-disable-next-line @next/next/no-img-element -- Satori draws plain <img> only.
          <img
            src={imageSrc}
            alt=""
            width={imageBox.width}
            height={imageBox.height}
            style={{
              borderRadius: imageShape === 'poster' ? 10 : 200,
              border: `1px solid ${RULE}`,
              objectFit: 'cover',
            }}
          />
        ) : null}
        <div
          style={{ flex: 1, height: '100%', display: 'flex', flexDirection: 'column', justifyContent: 'space-between' }}
        >
          <div style={{ display: 'flex', flexDirection: 'column', gap: 18 }}>
            <div
              style={{
                display: 'flex',
                fontSize: 24,
                fontWeight: 600,
                letterSpacing: 2,
                textTransform: 'uppercase',
                color: ACCENT,
              }}
            >
              {shownKicker}
            </div>
            <div
              style={{
                display: 'flex',
                fontFamily: 'Source Serif 4',
                fontWeight: 700,
                fontSize: titleSize(shownTitle.length),
                lineHeight: 1.1,
              }}
            >
              {shownTitle}
            </div>
            {shownDetail ? <div style={{ display: 'flex', fontSize: 28, color: INK_MUTED }}>{shownDetail}</div> : null}
          </div>
          <div style={{ display: 'flex', flexDirection: 'column', gap: 20 }}>
            {audience ? <AudienceLine audience={audience} /> : null}
            <div style={{ display: 'flex', alignItems: 'flex-end', justifyContent: 'space-between', gap: 24 }}>
              {hasScore && band ? (
                <div style={{ display: 'flex', alignItems: 'center', gap: 22, flexShrink: 1 }}>
                  <div
                    style={{
                      display: 'flex',
                      alignItems: 'baseline',
                      padding: '10px 24px',
                      borderRadius: 14,
                      background: band.colour,
                      color: '#ffffff',
                      fontWeight: 600,
                      lineHeight: 1,
                    }}
                  >
                    <span style={{ fontSize: 76 }}>{formatScore(score)}</span>
                    <span style={{ fontSize: 30, marginLeft: 6, opacity: 0.85 }}>/{SCORE_MAX}</span>
                  </div>
                  <div style={{ display: 'flex', flexDirection: 'column', gap: 4 }}>
                    <div style={{ display: 'flex', fontSize: 30, fontWeight: 600 }}>{band.label}</div>
                    {shownCaption ? (
                      <div style={{ display: 'flex', fontSize: 22, color: INK_MUTED }}>{shownCaption}</div>
                    ) : null}
                  </div>
                </div>
              ) : (
                <div style={{ display: 'flex' }} />
              )}
              <div
                style={{
                  display: 'flex',
                  flexShrink: 0,
                  fontFamily: 'Source Serif 4',
                  fontWeight: 700,
                  fontSize: 30,
                  color: ACCENT,
                }}
              >
                {shownSiteName}
              </div>
            </div>
          </div>
        </div>
      </div>
    </div>
  )
}
