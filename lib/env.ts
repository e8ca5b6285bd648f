/**
 * The one place the app reads its environment. Every variable is documented in .env.example.
 * Plain TypeScript with erasable syntax only, no path aliases: next.config.js imports this file
 * directly (Node strips the types) so a malformed value stops `next dev|build|start` at once.
 */

export type ContentSource = 'bundled' | 'content-lake'

export interface AppEnv {
  /** Where content comes from: the bundled NDJSON dataset unless a Sanity project is configured. */
  contentSource: ContentSource
  sanity: {
    projectId: string | undefined
    dataset: string
    apiVersion: string
    /** Content Lake API origin; only set to point the client at a local stub in tests. */
    apiHost: string | undefined
  }
  siteUrl: string
  /** Time-based ISR fallback, in seconds; webhooks refresh sooner. */
  revalidateSeconds: number
  /** Path of the bundled dataset file (tests point this at a copy they can edit). */
  bundledDatasetFile: string
  readToken: string | undefined
  previewSecret: string | undefined
  revalidateSecret: string | undefined
}

export class EnvError extends Error {
  constructor(variable: string, value: string, expected: string) {
    super(`Invalid environment variable ${variable}=${JSON.stringify(value)}: expected ${expected}. Fix it in .env.local (see .env.example).`)
    this.name = 'EnvError'
  }
}

type Source = Record<string, string | undefined>

function optional(source: Source, name: string): string | undefined {
  const value = source[name]?.trim()
  return value ? value : undefined
}

function matching(source: Source, name: string, pattern: RegExp, expected: string, fallback?: string): string | undefined {
  const value = optional(source, name)
  if (value === undefined) return fallback
  if (!pattern.test(value)) throw new EnvError(name, value, expected)
  return value
}

function secret(source: Source, name: string): string | undefined {
  const value = optional(source, name)
  if (value !== undefined && value.length < 16) throw new EnvError(name, '<hidden>', 'a secret of at least 16 characters')
  return value
}

export function readEnv(source: Source): AppEnv {
  const projectId = matching(source, 'NEXT_PUBLIC_SANITY_PROJECT_ID', /^[a-z0-9][a-z0-9-]{0,63}$/, 'a Sanity project id (lowercase letters, digits and dashes)')
  const dataset = matching(source, 'NEXT_PUBLIC_SANITY_DATASET', /^[a-z0-9~][a-z0-9_~-]{0,63}$/, 'a dataset name (lowercase letters, digits, _ and -, at most 64)', 'production')!
  const apiVersion = matching(source, 'NEXT_PUBLIC_SANITY_API_VERSION', /^(\d{4}-\d{2}-\d{2}|v\d+)$/, 'an API version date such as 2025-09-01', '2025-09-01')!
  const apiHost = matching(source, 'SANITY_API_HOST', /^https?:\/\/[^\s/?#]+$/, 'an origin such as http://127.0.0.1:4010 (no path)')
  const siteUrl = matching(source, 'NEXT_PUBLIC_SITE_URL', /^https?:\/\/[^\s/?#]+(\/[^\s?#]*)?$/, 'an absolute http(s) URL such as https://example.com', 'http://localhost:3000')!
  const revalidate = matching(source, 'REVALIDATE_SECONDS', /^\d{1,7}$/, 'a whole number of seconds', '3600')!
  return {
    contentSource: projectId ? 'content-lake' : 'bundled',
    sanity: { projectId, dataset, apiVersion, apiHost },
    siteUrl: siteUrl.replace(/\/+$/, ''),
    revalidateSeconds: Number(revalidate),
    bundledDatasetFile: optional(source, 'BUNDLED_DATASET_FILE') ?? 'sanity/seed/dataset.ndjson',
    readToken: optional(source, 'SANITY_API_READ_TOKEN'),
    previewSecret: secret(source, 'SANITY_PREVIEW_SECRET'),
    revalidateSecret: secret(source, 'SANITY_REVALIDATE_SECRET'),
  }
}

// Public values are spelled out so Next.js inlines them into client bundles (the Studio needs them).
export const env: AppEnv = readEnv({
  NEXT_PUBLIC_SANITY_PROJECT_ID: process.env.NEXT_PUBLIC_SANITY_PROJECT_ID,
  NEXT_PUBLIC_SANITY_DATASET: process.env.NEXT_PUBLIC_SANITY_DATASET,
  NEXT_PUBLIC_SANITY_API_VERSION: process.env.NEXT_PUBLIC_SANITY_API_VERSION,
  SANITY_API_HOST: process.env.SANITY_API_HOST,
  NEXT_PUBLIC_SITE_URL: process.env.NEXT_PUBLIC_SITE_URL,
  REVALIDATE_SECONDS: process.env.REVALIDATE_SECONDS,
  BUNDLED_DATASET_FILE: process.env.BUNDLED_DATASET_FILE,
  SANITY_API_READ_TOKEN: process.env.SANITY_API_READ_TOKEN,
  SANITY_PREVIEW_SECRET: process.env.SANITY_PREVIEW_SECRET,
  SANITY_REVALIDATE_SECRET: process.env.SANITY_REVALIDATE_SECRET,
})
