/**
 * Defences against scripted posting, kept cheap for real readers: a honeypot field, a minimum and
 * maximum age for review forms, rate limits per reader and per IP hash kept in the database (so
 * they hold across instances), and same-origin writes only.
 */
import type { ReactionStore } from './store/store'
import { checkFormToken } from './identity'
import { type ReactionProblem } from './problems'

/** The honeypot: hidden from people (and labelled "leave empty"), filled in by form-spamming scripts. */
export const HONEYPOT_FIELD = 'website'

export const RATE_LIMITS = {
  review: { limit: 5, windowSeconds: 60 * 60, noun: 'reviews', per: 'hour' },
  vote: { limit: 60, windowSeconds: 60, noun: 'votes', per: 'minute' },
  comment: { limit: 20, windowSeconds: 60 * 60, noun: 'comments', per: 'hour' },
  report: { limit: 30, windowSeconds: 60 * 60, noun: 'reports', per: 'hour' },
  moderationSignIn: { limit: 10, windowSeconds: 15 * 60, noun: 'sign-in attempts', per: '15 minutes' },
} as const

export type RateLimitedAction = keyof typeof RATE_LIMITS

/** Counts one `action` against the reader and the address; the problem to answer when either is over. */
export async function hitRateLimits(
  store: ReactionStore,
  action: RateLimitedAction,
  who: { readerId: string | null; ipHash: string | null },
  now?: Date,
): Promise<ReactionProblem | null> {
  const { limit, windowSeconds, noun, per } = RATE_LIMITS[action]
  const keys = [
    ...(who.readerId ? [`${action}:reader:${who.readerId}`] : []),
    ...(who.ipHash ? [`${action}:ip:${who.ipHash}`] : []),
  ]
  const results = await Promise.all(keys.map((key) => store.hitRateLimit(key, limit, windowSeconds, now)))
  const refused = results.filter((result) => !result.allowed)
  if (refused.length === 0) return null
  const retryAfterSeconds = Math.max(1, ...refused.map((result) => Math.ceil(result.retryAfterSeconds)))
  return {
    status: 429,
    error: `Too many ${noun}: at most ${limit} per ${per}. Try again in ${waitInWords(retryAfterSeconds)}.`,
    retryAfterSeconds,
  }
}

/** A wait as a reader would say it: seconds up to a minute and a half, whole minutes (rounded up) after. */
export function waitInWords(seconds: number): string {
  if (seconds < 90) return seconds === 1 ? '1 second' : `${seconds} seconds`
  return `${Math.ceil(seconds / 60)} minutes`
}

/** The honeypot and the form token; `required` for forms, optional (checked when sent) for JSON clients. */
export function formProblem(
  input: { honeypot?: unknown; formToken?: unknown },
  secret: string,
  required: boolean,
  now = Date.now(),
): ReactionProblem | null {
  if (input.honeypot !== undefined && input.honeypot !== null && input.honeypot !== '') {
    return { status: 400, error: 'Leave the "website" field empty.', field: HONEYPOT_FIELD }
  }
  if (input.formToken === undefined && !required) return null
  const check = checkFormToken(input.formToken, secret, now)
  if (check === 'valid') return null
  const error = {
    invalid: 'This form is not one this site served; reload the page and post again.',
    'too-fast': 'That was posted too fast for a person; wait a few seconds and post again.',
    expired: 'This form is more than a day old; reload the page and post again (your text is kept).',
  }[check]
  return { status: 400, error, field: 'formToken' }
}

/**
 * True when a browser sent this write from another site: its Origin names another host, or
 * Sec-Fetch-Site says cross-site. Clients that send neither (apps, curl) are not browsers.
 */
export function isCrossSiteRequest(headers: Headers): boolean {
  if (headers.get('sec-fetch-site') === 'cross-site') return true
  const origin = headers.get('origin')
  if (!origin) return false
  const host = (headers.get('x-forwarded-host') ?? headers.get('host'))?.split(',')[0].trim()
  try {
    return new URL(origin).host !== host
  } catch {
    // "null" (sandboxed frames, some redirects) or garbage: not provably this site.
    return true
  }
}
