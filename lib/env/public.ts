/**
 * The public half of the environment: NEXT_PUBLIC_* values only, safe in client components and the
 * Studio. Every variable is documented in .env.example. Erasable TypeScript with relative imports
 * only: next.config.js loads this chain directly (Node strips the types) to validate at start-up.
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
export function parseEnv<Schema extends z.ZodType>(schema: Schema, source: EnvSource): z.output<Schema> {
  const result = z.preprocess(withoutBlanks, schema).safeParse(source, { reportInput: true })
  if (result.success) return result.data
  throw new EnvError(
    result.error.issues.map((issue) => {
      const name = String(issue.path[0])
      const shown = /SECRET|TOKEN/.test(name) ? '<hidden>' : JSON.stringify(issue.input)
      return `${name}=${shown}: expected ${issue.message}`
    }),
  )
}

export const publicVariablesSchema = z.object({
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

/** The public values as the app reads them. */
export function publicShape(variables: z.output<typeof publicVariablesSchema>) {
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

export const publicEnvSchema = publicVariablesSchema.transform(publicShape)
export type PublicEnv = z.output<typeof publicEnvSchema>

export function readPublicEnv(source: EnvSource): PublicEnv {
  return parseEnv(publicEnvSchema, source)
}

// Spelled out so Next.js inlines them into client bundles, where `process.env` does not exist.
export const inlinedPublicVariables: EnvSource = {
  NEXT_PUBLIC_SANITY_PROJECT_ID: process.env.NEXT_PUBLIC_SANITY_PROJECT_ID,
  NEXT_PUBLIC_SANITY_DATASET: process.env.NEXT_PUBLIC_SANITY_DATASET,
  NEXT_PUBLIC_SANITY_API_VERSION: process.env.NEXT_PUBLIC_SANITY_API_VERSION,
  NEXT_PUBLIC_SITE_URL: process.env.NEXT_PUBLIC_SITE_URL,
}

export const publicEnv: PublicEnv = readPublicEnv(inlinedPublicVariables)
