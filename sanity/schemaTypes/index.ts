import type { SchemaTypeDefinition } from 'sanity'
import { article } from './documents/article'
import { character } from './documents/character'
import { critic } from './documents/critic'
import { episode } from './documents/episode'
import { person } from './documents/person'
import { review } from './documents/review'
import { series } from './documents/series'
import { siteSettings } from './documents/siteSettings'
import { arc } from './objects/arc'
import { aspectScore } from './objects/aspectScore'
import { blockContent } from './objects/blockContent'
import { contentNote } from './objects/contentNote'
import { correction } from './objects/correction'
import { externalLink } from './objects/externalLink'
import { guideSection } from './objects/guideSection'
import { navItem } from './objects/navItem'
import { platform } from './objects/platform'
import { pullQuote } from './objects/pullQuote'
import { relatedWork } from './objects/relatedWork'
import { scoreCallout } from './objects/scoreCallout'
import { sourceWork } from './objects/sourceWork'
import { spoiler } from './objects/spoiler'
import { verdictPoint } from './objects/verdictPoint'
import { videoLink } from './objects/videoLink'

export { DOCUMENT_TYPES } from '@/lib/content/document-types'

/** Types that exist once, under a fixed id, and cannot be created, duplicated or deleted. */
export const SINGLETON_TYPES: readonly string[] = ['siteSettings']

export const schemaTypes: SchemaTypeDefinition[] = [
  series,
  episode,
  person,
  character,
  review,
  critic,
  article,
  siteSettings,
  blockContent,
  spoiler,
  pullQuote,
  scoreCallout,
  platform,
  sourceWork,
  relatedWork,
  arc,
  externalLink,
  guideSection,
  contentNote,
  aspectScore,
  verdictPoint,
  correction,
  navItem,
  videoLink,
]
