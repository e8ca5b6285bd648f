import type { SanityClient } from 'sanity'
import { studioQueryApiVersion } from '../apiVersion'

interface ClientSource {
  getClient: (options: { apiVersion: string }) => SanityClient
}

/**
 * The client a rule or template queries other documents with. The raw perspective sees drafts
 * as well as published documents, like the Studio's own slug check, so a clash with a document
 * that is still a draft is caught before both get published.
 */
export function studioQueryClient(context: ClientSource): SanityClient {
  return context.getClient({ apiVersion: studioQueryApiVersion }).withConfig({ perspective: 'raw' })
}
