'use client'
/**
 * Sanity Studio, embedded at /studio.
 */
import { defineConfig } from 'sanity'
import { structureTool } from 'sanity/structure'
import { env } from './lib/env'
import { singletons } from './sanity/plugins/singletons'
import { SINGLETON_TYPES, schemaTypes } from './sanity/schemaTypes'
import { structure } from './sanity/structure'
import { templates } from './sanity/templates'

export default defineConfig({
  name: 'default',
  title: 'Drama review',
  basePath: '/studio',
  projectId: env.sanity.projectId ?? 'offline',
  dataset: env.sanity.dataset,
  plugins: [structureTool({ structure }), singletons({ types: SINGLETON_TYPES })],
  schema: { types: schemaTypes, templates },
})
