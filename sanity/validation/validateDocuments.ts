import type { SanityDocument, Schema, ValidationMarker, Workspace } from 'sanity'
import { ignoreStylesheetImports } from '../../scripts/ignore-stylesheet-imports'
import { createOfflineClient } from './offlineContentLake'

export interface DocumentValidationMarker {
  documentId: string
  documentType: string
  /** Where in the document, e.g. `arcs[_key=="a1"].lastEpisode`; empty for the document itself. */
  path: string
  level: ValidationMarker['level']
  message: string
}

export interface ValidateDocumentsOptions {
  /**
   * Also warn about fields the schema does not know (typos such as `episodeCuont`), as
   * `sanity documents validate` does. Default true. The Studio itself never shows these.
   */
  reportUnknownFields?: boolean
}

// Sanity reports unknown fields only outside the Studio, and in that mode it also downgrades
// every other rule on an object (slug, image, arc) to a warning. So rules run as in the Studio,
// and only the unknown-field warnings are taken from a second, CLI-mode pass.
const UNKNOWN_FIELD = /^Field '.+' does not exist on type '.+'$/

type SanityModule = typeof import('sanity')

let studio: Promise<{ sanity: SanityModule; schema: Schema }> | undefined

/** The compiled Studio schema, built by Sanity from the same type definitions sanity.config.ts uses. */
export function loadStudioSchema(): Promise<{ sanity: SanityModule; schema: Schema }> {
  studio ??= (async () => {
    ignoreStylesheetImports()
    const sanity = await import('sanity')
    const { schemaTypes } = await import('../schemaTypes')
    return { sanity, schema: sanity.createSchema({ name: 'default', types: schemaTypes }) }
  })()
  return studio
}

/**
 * Runs the Studio's own validation (Sanity's `validateDocument`, with the schema's real rules)
 * over documents, offline. Rules that query other documents (unique slugs, episode numbers,
 * review ranges) are answered by groq-js over the same documents, and a reference counts as
 * existing when its target is among them.
 */
export async function validateDocuments(
  documents: readonly SanityDocument[],
  options: ValidateDocumentsOptions = {},
): Promise<DocumentValidationMarker[]> {
  const { sanity, schema } = await loadStudioSchema()
  const client = createOfflineClient(documents)
  const ids = new Set(documents.map((document) => document._id))
  // validateDocument reads only schema, getClient and i18n from the workspace; without i18n it
  // falls back to Sanity's bundled English messages.
  const workspace = { schema, getClient: () => client, i18n: undefined } as unknown as Workspace

  const getDocumentExists = async ({ id }: { id: string }) => ids.has(id)

  const results = await Promise.all(
    documents.map(async (document) => {
      const markers = await sanity.validateDocument({ document, workspace, environment: 'studio', getDocumentExists })
      if (options.reportUnknownFields ?? true) {
        const cliMarkers = await sanity.validateDocument({ document, workspace, environment: 'cli', getDocumentExists })
        markers.push(...cliMarkers.filter((marker) => UNKNOWN_FIELD.test(marker.message)))
      }
      return markers.map((marker): DocumentValidationMarker => ({
        documentId: document._id,
        documentType: document._type,
        path: sanity.pathToString(marker.path),
        level: marker.level,
        message: marker.message,
      }))
    }),
  )
  return results.flat()
}
