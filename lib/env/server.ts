import 'server-only'
/**
 * The environment as server code reads it, secrets included. Client components import
 * ./public.ts instead (ESLint enforces it; `server-only` fails the build if one slips through).
 * Rules and defaults are in ./schema.ts.
 */
import { inlinedPublicVariables } from './public.ts'
import { type AppEnv, readEnv } from './schema.ts'

export { EnvError, readEnv } from './schema.ts'
export type { AppEnv, ContentSource } from './schema.ts'

// Public values as inlined at build time, so server and client agree; the rest is read at run time.
export const env: AppEnv = readEnv({ ...process.env, ...inlinedPublicVariables })
