/**
 * The whole environment's schema, public variables included. readEnv(source) serves next.config.js
 * (start-up validation), scripts and tests; app code imports ./server.ts instead. Erasable
 * TypeScript with relative imports only, so Node can load it directly.
 */
import { z } from 'zod'
import { type EnvSource, parseEnv, publicShape, publicVariablesSchema } from './public.ts'

export { EnvError } from './public.ts'
export type { ContentSource, EnvSource } from './public.ts'

const secret = z.string().min(16, 'a secret of at least 16 characters').optional()

export const serverEnvSchema = publicVariablesSchema
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
    }
  })

export type AppEnv = z.output<typeof serverEnvSchema>

export function readEnv(source: EnvSource): AppEnv {
  return parseEnv(serverEnvSchema, source)
}
