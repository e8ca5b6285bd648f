'use client'
/**
 * Sanity Studio, embedded at /studio.
 */
import { defineConfig } from 'sanity'
import { presentationTool } from 'sanity/presentation'
import { structureTool } from 'sanity/structure'
import { publicEnv } from './lib/env/public'
import { editorialStatus } from './sanity/plugins/editorial-status'
import { moderation } from './sanity/plugins/moderation'
import { singletons } from './sanity/plugins/singletons'
import { presentationOptions } from './sanity/presentation'
import { SINGLETON_TYPES, schemaTypes } from './sanity/schemaTypes'
import { structure } from './sanity/structure'
import { templates } from './sanity/templates'

export default defineConfig({
  name: 'default',
  title: 'Drama review',
  basePath: '/studio',
  projectId: publicEnv.sanity.projectId ?? 'offline',
  dataset: publicEnv.sanity.dataset,
  plugins: [
    structureTool({ structure }),
    presentationTool(presentationOptions),
    singletons({ types: SINGLETON_TYPES }),
    moderation(),
    editorialStatus(),
  ],
  schema: { types: schemaTypes, templates },
})
