/**
 * The public environment: NEXT_PUBLIC_* values only, safe in client components and the Studio.
 * Rules and defaults are in ./schema.ts.
 */
import { type EnvSource, type PublicEnv, readPublicEnv } from './schema.ts'

export type { ContentSource, PublicEnv } from './schema.ts'

// Spelled out so Next.js inlines them into client bundles, where `process.env` does not exist.
export const inlinedPublicVariables: EnvSource = {
  NEXT_PUBLIC_SANITY_PROJECT_ID: process.env.NEXT_PUBLIC_SANITY_PROJECT_ID,
  NEXT_PUBLIC_SANITY_DATASET: process.env.NEXT_PUBLIC_SANITY_DATASET,
  NEXT_PUBLIC_SANITY_API_VERSION: process.env.NEXT_PUBLIC_SANITY_API_VERSION,
  NEXT_PUBLIC_SITE_URL: process.env.NEXT_PUBLIC_SITE_URL,
}

export const publicEnv: PublicEnv = readPublicEnv(inlinedPublicVariables)
