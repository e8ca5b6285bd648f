import path from 'node:path'
import type { SanityDocument, Workspace } from 'sanity'
import { type DatasetDocument, loadDatasetFile } from '@/lib/content/dataset-loader'
import type { DocumentVersions } from '@/lib/editorial/status'
import { createOfflineClient } from '@/sanity/validation/offlineContentLake'
import { loadStudioSchema } from '@/sanity/validation/validateDocuments'

export const DATASET = path.resolve('sanity/seed/dataset.ndjson')

/** A fresh, editable copy of the bundled dataset's documents, drafts included. */
export function bundledDocuments(): DatasetDocument[] {
  return structuredClone(loadDatasetFile(DATASET).documents)
}

export function documentById(documents: DatasetDocument[], id: string): DatasetDocument {
  const found = documents.find((document) => document._id === id)
  if (!found) throw new Error(`No document ${id} in the dataset`)
  return found
}

/** Stands in for the Studio's client: groq-js over the documents, raw perspective (drafts included). */
export function offlineClient(documents: DatasetDocument[]) {
  return createOfflineClient(documents as unknown as SanityDocument[])
}

/** The parts of a workspace `validateDocument` reads, as sanity/validation/validateDocuments.ts builds them. */
export async function offlineWorkspace(documents: DatasetDocument[]): Promise<Workspace> {
  const { schema } = await loadStudioSchema()
  const client = offlineClient(documents)
  return { schema, getClient: () => client, i18n: undefined } as unknown as Workspace
}

/** Each document as the Studio's badges see it: its draft and published versions. */
export function documentVersions(documents: DatasetDocument[]): DocumentVersions[] {
  const byId = new Map<string, DocumentVersions>()
  for (const document of documents) {
    const isDraft = document._id.startsWith('drafts.')
    const id = isDraft ? document._id.slice('drafts.'.length) : document._id
    const entry = byId.get(id) ?? { type: document._type, draft: null, published: null }
    if (isDraft) entry.draft = document
    else entry.published = document
    byId.set(id, entry)
  }
  return [...byId.values()]
}
