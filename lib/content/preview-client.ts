import 'server-only'
/**
 * The Content Lake client with the viewer token, for the draft-mode handshake with the Studio's
 * Presentation tool (next-sanity checks the one-time preview secret through it). Null when no
 * project or no token is configured.
 */
import type { SanityClient } from 'next-sanity'
import { env } from '@/lib/env/server'
import { client } from './client'

export const previewClient: SanityClient | null =
  client && env.readToken ? client.withConfig({ token: env.readToken, useCdn: false }) : null
