import { useId } from 'react'

import { IntentLink } from '@/components/links/IntentLink'
import { HowWeScoreLink } from '@/components/score/HowWeScoreLink'
import { episodePath } from '@/lib/routes'
import { formatScore, roundScore, SCORE_MAX, scoreBand } from '@/lib/score'

export interface EpisodeScore {
  episode?: number | null
  score?: number | null
  episodeTitle?: string | null
}

export interface EpisodeScoreChartProps {
  seriesTitle: string
  /** For links from the table to each episode's page. */
  seriesSlug?: string | null
  scores: readonly EpisodeScore[] | null | undefined
  headingLevel?: 2 | 3
  /**
   * A page that lists every episode with its score (the episode guide): the chart links there instead
   * of carrying its own table, so a page showing it does not grow with each episode twice.
   */
  scoresListHref?: string | null
}

// Geometry in viewBox units. The chart is narrow on purpose: it stays legible when a 320 px
// screen scales it down, and it never grows past max-w-md on wide screens.
const width = 360
const labelColumn = 52
const barStart = labelColumn + 4
const barMaxLength = 250
const rowHeight = 30
const barHeight = 18
const top = 8
const axisHeight = 46
const ticks = [0, 2, 4, 6, 8, 10]

function xFor(score: number): number {
  return barStart + (roundScore(score) / SCORE_MAX) * barMaxLength
}

/**
 * Per-episode scores of a series: a server-rendered bar chart (bars start at zero, every bar
 * carries its value as text) and the same numbers in a data table, so nothing depends on
 * seeing the chart or telling colours apart.
 */
export function EpisodeScoreChart({
  seriesTitle,
  seriesSlug,
  scores,
  headingLevel = 2,
  scoresListHref,
}: EpisodeScoreChartProps) {
  const baseId = useId()
  // One bar per episode: if two reviews score the same episode, the first one given wins.
  const byEpisode = new Map<number, EpisodeScore & { episode: number; score: number }>()
  for (const row of scores ?? []) {
    if (typeof row.episode === 'number' && typeof row.score === 'number' && !byEpisode.has(row.episode))
      byEpisode.set(row.episode, { ...row, episode: row.episode, score: row.score })
  }
  const rows = [...byEpisode.values()].toSorted((a, b) => a.episode - b.episode)
  if (rows.length === 0) return null

  const Heading = `h${headingLevel}` as const
  const tableCaption = `Episode scores for ${seriesTitle}, out of 10`
  const titleId = `${baseId}-title`
  const descId = `${baseId}-desc`
  const height = top + rows.length * rowHeight + axisHeight
  const axisY = top + rows.length * rowHeight + 4
  const highest = rows.reduce((best, row) => (row.score > best.score ? row : best))
  const lowest = rows.reduce((worst, row) => (row.score < worst.score ? row : worst))
  const average = rows.reduce((sum, row) => sum + row.score, 0) / rows.length
  const summary =
    rows.length > 1
      ? `Highest: episode ${highest.episode} at ${formatScore(highest.score)}. ` +
        `Lowest: episode ${lowest.episode} at ${formatScore(lowest.score)}. Average ${formatScore(average)}.`
      : `Episode ${highest.episode} scored ${formatScore(highest.score)}.`

  return (
    <figure aria-labelledby={titleId} className="@container space-y-4">
      <Heading id={titleId} className="text-2xl">
        Episode by episode
      </Heading>
      <p className="text-sm text-ink-muted">
        {summary} Scores out of 10, from our episode reviews. <HowWeScoreLink />
      </p>
      <div className="grid gap-8 @3xl:grid-cols-[minmax(0,26rem)_minmax(0,1fr)] @3xl:items-start">
        <svg
          viewBox={`0 0 ${width} ${height}`}
          role="img"
          aria-labelledby={`${baseId}-svg-title ${descId}`}
          className="h-auto w-full max-w-md font-sans text-ink"
        >
          <title id={`${baseId}-svg-title`}>{`Episode scores for ${seriesTitle}`}</title>
          <desc id={descId}>
            {`Bar chart of ${rows.length} episode scores out of 10. ${summary} ` +
              (scoresListHref
                ? 'Every score is also listed in the episode guide.'
                : 'Every score is also listed in the table.')}
          </desc>

          {/* Grid lines and the score axis. Shared attributes sit on the groups, which their children
              inherit, so each line and label carries only its position (a 16-episode chart has 16 rows). */}
          <g aria-hidden="true">
            <g className="stroke-chart-grid">
              {ticks.map((tick) => (
                <line key={tick} x1={xFor(tick)} x2={xFor(tick)} y1={top - 4} y2={axisY} />
              ))}
            </g>
            <g textAnchor="middle" className="fill-ink-muted text-[11px]">
              {ticks.map((tick) => (
                <text key={tick} x={xFor(tick)} y={axisY + 16}>
                  {tick}
                </text>
              ))}
              <text x={barStart + barMaxLength / 2} y={axisY + 36}>
                Score (out of 10)
              </text>
            </g>
          </g>

          <g className="fill-ink text-[13px]">
            {rows.map((row, index) => {
              const y = top + index * rowHeight
              const end = xFor(row.score)
              const isHighest = row === highest && rows.length > 1
              return (
                <g key={row.episode} data-episode={row.episode}>
                  <text x={labelColumn - 4} y={y + barHeight / 2} dominantBaseline="central" textAnchor="end">
                    {`Ep ${row.episode}`}
                  </text>
                  <rect
                    x={barStart}
                    y={y}
                    width={Math.max(1, end - barStart)}
                    height={barHeight}
                    rx={2}
                    className={isHighest ? 'fill-accent' : 'fill-chart-line opacity-70'}
                  />
                  <text
                    x={end + 5}
                    y={y + barHeight / 2}
                    dominantBaseline="central"
                    className="font-semibold"
                    data-score-label=""
                  >
                    {formatScore(row.score)}
                    {isHighest ? ' ★' : ''}
                  </text>
                </g>
              )
            })}
          </g>
        </svg>

        {scoresListHref ? (
          <p className="text-sm">
            <IntentLink href={scoresListHref} className="text-link">
              Every episode&apos;s score, with its title, in the episode guide
            </IntentLink>
          </p>
        ) : (
          <table className="w-full border-collapse text-left text-sm">
            <caption className="mb-2 text-left text-ink-muted">{tableCaption}</caption>
            <thead>
              <tr className="border-b border-rule-strong">
                <th scope="col" className="py-2 pr-3 font-semibold">
                  Episode
                </th>
                <th scope="col" className="py-2 pr-3 text-right font-semibold">
                  Score
                </th>
                <th scope="col" className="py-2 font-semibold">
                  Verdict band
                </th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => {
                const title = `Episode ${row.episode}${row.episodeTitle ? `: ${row.episodeTitle}` : ''}`
                return (
                  <tr key={row.episode} className="border-b border-rule">
                    <th scope="row" className="py-2 pr-3 font-normal">
                      {seriesSlug ? (
                        <IntentLink href={episodePath(seriesSlug, row.episode)} className="text-link">
                          {title}
                        </IntentLink>
                      ) : (
                        title
                      )}
                    </th>
                    <td className="py-2 pr-3 text-right font-semibold tabular-nums">
                      {formatScore(row.score)}
                      <span className="sr-only"> out of 10</span>
                    </td>
                    <td className="py-2 text-ink-muted">{scoreBand(row.score).label}</td>
                  </tr>
                )
              })}
            </tbody>
          </table>
        )}
      </div>
    </figure>
  )
}
