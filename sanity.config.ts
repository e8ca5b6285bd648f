'use client'
/**
 * Sanity Studio, embedded at /studio.
 */
import { defineConfig } from 'sanity'
import { structureTool } from 'sanity/structure'
import { env } from './lib/env'

export default defineConfig({
  name: 'default',
  title: 'Drama review',
  basePath: '/studio',
  projectId: env.sanity.projectId ?? 'offline',
  dataset: env.sanity.dataset,
  plugins: [structureTool()],
  schema: { types: [] },
})
