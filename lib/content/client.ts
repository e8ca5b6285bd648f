/**
 * The Content Lake client configuration, without credentials. The read token is attached per
 * request, on the server only (sources/content-lake.ts, preview-client.ts).
 */
import { type ClientConfig, type SanityClient, createClient } from 'next-sanity'
import { type AppEnv, env } from '@/lib/env/server'
import { stegaConfig } from './stega'

export function contentLakeConfig(appEnv: AppEnv): ClientConfig | null {
  const { projectId, dataset, apiVersion, apiHost } = appEnv.sanity
  if (!projectId) return null
  return {
    projectId,
    dataset,
    apiVersion,
    // Pages are cached by Next and refreshed by webhook; a CDN in between would serve the old version.
    useCdn: false,
    // Off here: content-lake.ts turns stega on for draft reads only, so published pages carry clean strings.
    stega: stegaConfig,
    // A local stub cannot answer on <projectId>.<host>, so a custom host takes the project in a header.
    ...(apiHost ? { apiHost, useProjectHostname: false } : {}),
  }
}

export function createContentLakeClient(appEnv: AppEnv): SanityClient | null {
  const config = contentLakeConfig(appEnv)
  return config ? createClient(config) : null
}

/** Null when no Sanity project is configured (the site then reads the bundled dataset). */
export const client: SanityClient | null = createContentLakeClient(env)
