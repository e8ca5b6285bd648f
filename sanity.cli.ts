import { defineCliConfig } from 'sanity/cli'

// This project never sends CLI usage data: `sanity` reads this before it decides on telemetry.
process.env.DO_NOT_TRACK ??= '1'

export default defineCliConfig({
  api: {
    projectId: process.env.NEXT_PUBLIC_SANITY_PROJECT_ID ?? 'offline',
    dataset: process.env.NEXT_PUBLIC_SANITY_DATASET ?? 'production',
  },
  typegen: {
    path: ['./lib/**/*.{ts,tsx}', './app/**/*.{ts,tsx}', './components/**/*.{ts,tsx}'],
    // Overridable so tests/schema/typegen-fresh.test.ts can regenerate beside the committed files.
    schema: process.env.SANITY_TYPEGEN_SCHEMA ?? './schema.json',
    generates: process.env.SANITY_TYPEGEN_OUTPUT ?? './sanity.types.ts',
  },
})
