import type { CreditedPerson } from '@/components/cards/CreditList'

interface EpisodeCrew {
  number?: number | null
  directors?: ReadonlyArray<(CreditedPerson & { _id: string }) | null> | null
  writers?: ReadonlyArray<(CreditedPerson & { _id: string }) | null> | null
}

export interface CrewCredit {
  person: CreditedPerson & { _id: string }
  /** "Episodes 1–4, 7" */
  episodes: string
}

/** 1, 2, 3, 5 -> "Episodes 1–3, 5"; a single episode -> "Episode 4". */
export function episodeRangesLabel(numbers: readonly number[]): string {
  const sorted = [...new Set(numbers)].toSorted((a, b) => a - b)
  const ranges: string[] = []
  for (let index = 0; index < sorted.length; index++) {
    const first = sorted[index]!
    while (sorted[index + 1] === sorted[index]! + 1) index++
    ranges.push(first === sorted[index] ? String(first) : `${first}–${sorted[index]}`)
  }
  return `${sorted.length === 1 ? 'Episode' : 'Episodes'} ${ranges.join(', ')}`
}

/** Who directed or wrote which episodes, in the order they first did. */
export function crewCredits(episodes: readonly EpisodeCrew[], role: 'directors' | 'writers'): CrewCredit[] {
  const byPerson = new Map<string, { person: CrewCredit['person']; numbers: number[] }>()
  for (const episode of episodes) {
    if (typeof episode.number !== 'number') continue
    for (const person of episode[role] ?? []) {
      if (!person?.name) continue
      const entry = byPerson.get(person._id) ?? { person, numbers: [] }
      entry.numbers.push(episode.number)
      byPerson.set(person._id, entry)
    }
  }
  return [...byPerson.values()].map(({ person, numbers }) => ({ person, episodes: episodeRangesLabel(numbers) }))
}
