/**
 * The document types the site reads, by name: the Studio schema defines them, GROQ queries select
 * them, the webhook accepts changes to them. Studio code imports this list; the site never imports
 * the Studio's.
 */
export const DOCUMENT_TYPES = [
  'series',
  'episode',
  'person',
  'character',
  'review',
  'critic',
  'article',
  'siteSettings',
] as const

export type DocumentType = (typeof DOCUMENT_TYPES)[number]
