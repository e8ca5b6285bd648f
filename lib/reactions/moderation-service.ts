import 'server-only'
/**
 * Stand-in with the moderation service's published signatures (docs: comments design), replaced
 * by the real service when it lands on main. Only the sign-in limit works here.
 */
import { getReactionStore } from './store'
import type { Outcome, ReactionProblem } from './problems'
import type { ModerationAction, ModerationItem, ModerationQueue, ReaderBlock } from './types'

export interface ModerationItemView {
  item: ModerationItem
  history: ModerationAction[]
  subjectPath: string | null
  subjectTitle: string | null
}

function missing(): never {
  throw new Error('The moderation service has not landed yet.')
}

export async function getModerationService() {
  const store = await getReactionStore()
  return {
    queue: async (_queue: ModerationQueue, _limit = 50): Promise<ModerationItem[]> => missing(),
    item: async (_id: string): Promise<ModerationItemView | null> => missing(),
    act: async (_id: string, _input: unknown, _moderator: string): Promise<Outcome<ModerationItem>> => missing(),
    blocks: async (): Promise<ReaderBlock[]> => missing(),
    endBlock: async (_id: string, _moderator: string): Promise<Outcome<{ id: string }>> => missing(),
    heldTerms: async (): Promise<string[]> => missing(),
    setHeldTerms: async (_text: string, _moderator: string): Promise<Outcome<string[]>> => missing(),
    async signInLimit(ipHash: string): Promise<ReactionProblem | null> {
      const hit = await store.hitRateLimit(`moderation-sign-in:ip:${ipHash}`, 10, 15 * 60)
      if (hit.allowed) return null
      const retryAfterSeconds = Math.max(1, Math.ceil(hit.retryAfterSeconds))
      return {
        status: 429,
        error: `Too many sign-in attempts. Try again in ${retryAfterSeconds} seconds.`,
        retryAfterSeconds,
      }
    },
  }
}
