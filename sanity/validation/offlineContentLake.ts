import { evaluate, parse } from 'groq-js'
import type { SanityClient, SanityDocumentLike } from 'sanity'

/**
 * A stand-in for the Content Lake client that answers `fetch(query, params)` with groq-js over a
 * fixed set of documents (raw perspective: drafts included). Validation rules and templates only
 * ever call `fetch`, so anything else fails loudly instead of pretending to work.
 */
export function createOfflineClient(documents: readonly SanityDocumentLike[]): SanityClient {
  const dataset = [...documents]
  const fetch = async (query: string, params: Record<string, unknown> = {}) => {
    const tree = parse(query, { params })
    const result = await evaluate(tree, { dataset, params })
    return result.get()
  }

  const client: SanityClient = new Proxy({} as SanityClient, {
    get(_target, property) {
      switch (property) {
        case 'fetch':
          return fetch
        case 'withConfig':
        case 'clone':
          return () => client
        case 'config':
          return (config?: unknown) => (config ? client : { apiVersion: 'offline', perspective: 'raw' })
        case 'then':
          return undefined // not a promise
        default:
          return () => {
            throw new Error(
              `The offline client only answers fetch(); client.${String(property)}() needs a real Content Lake.`,
            )
          }
      }
    },
  })
  return client
}
