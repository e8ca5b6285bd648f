import type { ValidationContext } from 'sanity'

/** An arc of a series: a run of episodes from firstEpisode to lastEpisode, inclusive. */
export interface EpisodeRange {
  _key?: string
  title?: string
  firstEpisode?: number
  lastEpisode?: number
}

function isComplete(range: EpisodeRange): range is EpisodeRange & { firstEpisode: number; lastEpisode: number } {
  return typeof range.firstEpisode === 'number' && typeof range.lastEpisode === 'number'
}

function describe(range: EpisodeRange): string {
  const name = range.title ? `"${range.title}"` : 'An arc'
  return `${name} (episodes ${range.firstEpisode}–${range.lastEpisode})`
}

/** One arc's range reads forwards and stays inside the series' episode count. */
export function arcRangeProblem(arc: EpisodeRange | undefined, context: ValidationContext): true | string {
  if (!arc || !isComplete(arc)) return true
  if (arc.lastEpisode < arc.firstEpisode) {
    return (
      `This arc ends (episode ${arc.lastEpisode}) before it starts (episode ${arc.firstEpisode}). Swap the ` +
      `numbers.`
    )
  }
  const count = (context.document as { episodeCount?: unknown } | undefined)?.episodeCount
  if (typeof count === 'number' && arc.lastEpisode > count) {
    return (
      `This arc runs to episode ${arc.lastEpisode}, but the series has ${count} episodes. End it at episode ` +
      `${count} or earlier, or raise the episode count.`
    )
  }
  return true
}

/** Each episode belongs to at most one arc. Marks the later arc of every overlapping pair. */
export function arcsDoNotOverlap(
  arcs: EpisodeRange[] | undefined,
): true | { message: string; path: [{ _key: string }] | [] }[] {
  const complete = (arcs ?? []).filter(isComplete).filter((arc) => arc.firstEpisode <= arc.lastEpisode)
  const sorted = [...complete].sort((a, b) => a.firstEpisode - b.firstEpisode)
  const problems: { message: string; path: [{ _key: string }] | [] }[] = []
  for (let i = 1; i < sorted.length; i++) {
    const earlier = sorted[i - 1]
    const later = sorted[i]
    if (later.firstEpisode <= earlier.lastEpisode) {
      problems.push({
        message:
          `${describe(later)} overlaps ${describe(earlier)}. Each episode belongs to one arc: adjust the ` + `ranges.`,
        path: later._key ? [{ _key: later._key }] : [],
      })
    }
  }
  return problems.length ? problems : true
}
