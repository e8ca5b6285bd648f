/**
 * 1,000 helpful votes from 200 concurrent readers on one review, on SQLite and on a throwaway
 * PostgreSQL cluster: is the final count exact, and how long does each vote take to store?
 * Each reader votes five times (changing their mind), so most votes replace an earlier one.
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import type { ReactionsDatabaseTarget } from '../../lib/reactions/store/connect.ts'
import { openReactionStore } from '../../lib/reactions/store/open-store.ts'
import type { VoteCounts } from '../../lib/reactions/types.ts'
import { startTestPostgres } from '../support/postgres.ts'

export interface VoteBenchRun {
  dialect: 'sqlite' | 'postgres'
  votes: number
  readers: number
  expected: VoteCounts
  counted: VoteCounts
  p50Ms: number
  p99Ms: number
  wallMs: number
}

const READERS = 200
const VOTES_PER_READER = 5

function percentile(sorted: number[], fraction: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil(fraction * sorted.length) - 1)]!
}

async function run(dialect: VoteBenchRun['dialect'], target: ReactionsDatabaseTarget): Promise<VoteBenchRun> {
  const store = await openReactionStore(target)
  try {
    const review = await store.createReview({
      subject: 'series-love-in-the-big-city',
      rating: 8,
      title: 'Benchmark review',
      body: 'A review that two hundred readers are about to vote on at once.',
      name: 'Benchmark',
      containsSpoilers: false,
      episodesWatched: 8,
      readerId: 'bench-author',
      ipHash: null,
      status: 'published',
    })
    // A reader's last vote is helpful unless their number is a multiple of three.
    const finalVote = (reader: number) => reader % 3 !== 0
    const latencies: number[] = []
    const started = performance.now()
    await Promise.all(
      Array.from({ length: READERS }, async (_, reader) => {
        for (let vote = 0; vote < VOTES_PER_READER; vote++) {
          const helpful = vote === VOTES_PER_READER - 1 ? finalVote(reader) : vote % 2 === 0
          const before = performance.now()
          await store.vote({ reviewId: review.id, readerId: `bench-reader-${reader}`, ipHash: null, helpful })
          latencies.push(performance.now() - before)
        }
      }),
    )
    const wallMs = performance.now() - started
    const helpful = Array.from({ length: READERS }, (_, reader) => reader).filter(finalVote).length
    const counted = (await store.getReview(review.id))!
    latencies.sort((a, b) => a - b)
    return {
      dialect,
      votes: latencies.length,
      readers: READERS,
      expected: { helpful, notHelpful: READERS - helpful },
      counted: { helpful: counted.helpful, notHelpful: counted.notHelpful },
      p50Ms: percentile(latencies, 0.5),
      p99Ms: percentile(latencies, 0.99),
      wallMs,
    }
  } finally {
    await store.close()
  }
}

export async function measureReactionVotes(): Promise<VoteBenchRun[]> {
  const folder = mkdtempSync(path.join(tmpdir(), 'bench-votes-'))
  const postgres = await startTestPostgres()
  try {
    return [
      await run('sqlite', { sqliteFile: path.join(folder, 'votes.sqlite') }),
      await run('postgres', { databaseUrl: postgres.url }),
    ]
  } finally {
    postgres.stop()
    rmSync(folder, { recursive: true, force: true })
  }
}

export function isExact(run: VoteBenchRun): boolean {
  return run.counted.helpful === run.expected.helpful && run.counted.notHelpful === run.expected.notHelpful
}
