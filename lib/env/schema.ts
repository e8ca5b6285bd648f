/**
 * Every environment rule, as zod schemas: the public one (NEXT_PUBLIC_* values, which client code
 * may see) and the server one (all of them). Reads no value itself: next.config.js, scripts and
 * tests call readEnv(source); the app imports ./public.ts or ./server.ts. Every variable is
 * documented in .env.example. Erasable TypeScript with relative imports only, so Node can load it.
 */
import { z } from 'zod'

export type EnvSource = Record<string, string | undefined>
export type ContentSource = 'bundled' | 'content-lake'

export class EnvError extends Error {
  constructor(problems: string[]) {
    super(['Invalid environment; fix it in .env.local (see .env.example):', ...problems].join('\n  '))
    this.name = 'EnvError'
  }
}

/** Values are trimmed; unset, empty and blank all mean "not set", so defaults apply. */
function withoutBlanks(source: unknown): Record<string, string> {
  const entries = Object.entries(source as EnvSource)
  return Object.fromEntries(entries.flatMap(([name, value]) => (value?.trim() ? [[name, value.trim()]] : [])))
}

/** Parses `source` with `schema`, naming every malformed variable; secrets and tokens are not echoed. */
function parseEnv<Schema extends z.ZodType>(schema: Schema, source: EnvSource): z.output<Schema> {
  const result = z.preprocess(withoutBlanks, schema).safeParse(source, { reportInput: true })
  if (result.success) return result.data
  throw new EnvError(
    result.error.issues.map((issue) => {
      const name = String(issue.path[0])
      const shown = /SECRET|TOKEN|DATABASE_URL|REDIS_URL/.test(name) ? '<hidden>' : JSON.stringify(issue.input)
      return `${name}=${shown}: expected ${issue.message}`
    }),
  )
}

const publicVariables = z.object({
  NEXT_PUBLIC_SANITY_PROJECT_ID: z
    .string()
    .regex(/^[a-z0-9][a-z0-9-]{0,63}$/, 'a Sanity project id (lowercase letters, digits and dashes)')
    .optional(),
  NEXT_PUBLIC_SANITY_DATASET: z
    .string()
    .regex(/^[a-z0-9~][a-z0-9_~-]{0,63}$/, 'a dataset name (lowercase letters, digits, _ and -, at most 64)')
    .default('production'),
  NEXT_PUBLIC_SANITY_API_VERSION: z
    .string()
    .regex(/^(\d{4}-\d{2}-\d{2}|v\d+)$/, 'an API version date such as 2025-09-01')
    .default('2025-09-01'),
  NEXT_PUBLIC_SITE_URL: z
    .string()
    .regex(/^https?:\/\/[^\s/?#]+(\/[^\s?#]*)?$/, 'an absolute http(s) URL such as https://example.com')
    .default('http://localhost:3000')
    .transform((url) => url.replace(/\/+$/, '')),
})

function publicShape(variables: z.output<typeof publicVariables>) {
  const projectId = variables.NEXT_PUBLIC_SANITY_PROJECT_ID
  // The bundled NDJSON dataset unless a Sanity project is configured.
  const contentSource: ContentSource = projectId ? 'content-lake' : 'bundled'
  return {
    contentSource,
    sanity: {
      projectId,
      dataset: variables.NEXT_PUBLIC_SANITY_DATASET,
      apiVersion: variables.NEXT_PUBLIC_SANITY_API_VERSION,
    },
    siteUrl: variables.NEXT_PUBLIC_SITE_URL,
  }
}

export const publicEnvSchema = publicVariables.transform(publicShape)

const secret = z.string().min(16, 'a secret of at least 16 characters').optional()

export const serverEnvSchema = publicVariables
  .extend({
    SANITY_API_HOST: z
      .string()
      .regex(/^https?:\/\/[^\s/?#]+$/, 'an origin such as http://127.0.0.1:4010 (no path)')
      .optional(),
    REVALIDATE_SECONDS: z
      .string()
      .regex(/^\d{1,7}$/, 'a whole number of seconds')
      .default('3600')
      .transform(Number),
    BUNDLED_DATASET_FILE: z.string().default('sanity/seed/dataset.ndjson'),
    SANITY_API_READ_TOKEN: z.string().optional(),
    SANITY_PREVIEW_SECRET: secret,
    SANITY_REVALIDATE_SECRET: secret,
    READER_COOKIE_SECRET: secret,
    DATABASE_URL: z
      .string()
      .regex(/^postgres(ql)?:\/\/\S+$/, 'a PostgreSQL URL such as postgres://user@127.0.0.1:5432/reviews')
      .optional(),
    REACTIONS_SQLITE_FILE: z.string().default('.data/reactions.sqlite'),
    // Read by next.config.js and cache-handler.mjs (not the app): the shared page cache.
    REDIS_URL: z
      .string()
      .regex(/^rediss?:\/\/\S+$/, 'a Redis URL such as redis://127.0.0.1:6379')
      .optional(),
    REDIS_KEY_PREFIX: z.string().optional(),
    READER_REACTIONS: z.enum(['on', 'off'], "'on' or 'off'").default('on'),
    REACTIONS_MODERATION: z
      .enum(
        ['post', 'pre', 'first-post'],
        "'post' (publish at once), 'pre' (hold for a moderator) or 'first-post' (hold a reader's first post)",
      )
      .default('post'),
    MODERATION_SECRET: secret,
    REPORTS_TO_HIDE: z
      .string()
      .regex(/^([1-9]|[1-9]\d{1,2})$/, 'a whole number of readers from 1 to 999')
      .default('3')
      .transform(Number),
  })
  .transform((variables) => {
    const { sanity, ...shared } = publicShape(variables)
    return {
      ...shared,
      sanity: {
        ...sanity,
        /** Content Lake API origin; only set to point the client at a local stub in tests. */
        apiHost: variables.SANITY_API_HOST,
      },
      /** Time-based ISR fallback, in seconds; webhooks refresh sooner. */
      revalidateSeconds: variables.REVALIDATE_SECONDS,
      /** Path of the bundled dataset file (tests point this at a copy they can edit). */
      bundledDatasetFile: variables.BUNDLED_DATASET_FILE,
      readToken: variables.SANITY_API_READ_TOKEN,
      previewSecret: variables.SANITY_PREVIEW_SECRET,
      revalidateSecret: variables.SANITY_REVALIDATE_SECRET,
      /** Signs reader cookies and form tokens and salts IP hashes; see lib/reactions/identity.ts. */
      readerCookieSecret: variables.READER_COOKIE_SECRET,
      /** Reader reactions go to PostgreSQL when set, else to the SQLite file. */
      databaseUrl: variables.DATABASE_URL,
      reactionsSqliteFile: variables.REACTIONS_SQLITE_FILE,
      /** Off: no reader reviews, ratings or votes anywhere (pages, cards, API). */
      readerReactions: variables.READER_REACTIONS === 'on',
      /** `post`: posts publish at once; `pre`: they wait for a moderator; `first-post`: a reader's first one does. */
      reactionsModeration: variables.REACTIONS_MODERATION,
      /** Signs moderators in at /moderation; unset, moderation is unreachable. */
      moderationSecret: variables.MODERATION_SECRET,
      /** Reports from this many different readers hide a post until a moderator decides. */
      reportsToHide: variables.REPORTS_TO_HIDE,
    }
  })

export type PublicEnv = z.output<typeof publicEnvSchema>
export type AppEnv = z.output<typeof serverEnvSchema>

export function readPublicEnv(source: EnvSource): PublicEnv {
  return parseEnv(publicEnvSchema, source)
}

export function readEnv(source: EnvSource): AppEnv {
  const env = parseEnv(serverEnvSchema, source)
  warnOnce(localSiteUrlWarning(source, env.siteUrl))
  return env
}

const loopbackHost = /^(localhost|127(\.\d{1,3}){3}|\[::1\])$/

/**
 * A production build or server whose public address is loopback publishes canonical links, the
 * sitemap, the feed and share images pointing at the reader's own machine. Null when all is well.
 */
export function localSiteUrlWarning(source: EnvSource, siteUrl: string): string | null {
  if (source.NODE_ENV !== 'production' || !loopbackHost.test(new URL(siteUrl).hostname)) return null
  const given = source.NEXT_PUBLIC_SITE_URL?.trim() ? 'is' : 'is not set, so it defaults to'
  return [
    `⚠ NEXT_PUBLIC_SITE_URL ${given} ${siteUrl} in a production build or server.`,
    `  Canonical URLs, the sitemap, the RSS feed, JSON-LD and share images all point at ${siteUrl}.`,
    '  Set it to the public address (e.g. NEXT_PUBLIC_SITE_URL=https://reviews.example.com) and build again:',
    '  NEXT_PUBLIC_* values are fixed at build time.',
  ].join('\n')
}

// next.config.js reads the environment once per process and build workers inherit it: one warning per command.
const warnedMarker = 'SITE_URL_WARNING_SHOWN'

function warnOnce(message: string | null) {
  if (!message || process.env[warnedMarker]) return
  process.env[warnedMarker] = '1'
  console.warn(`\n${message}\n`)
}
