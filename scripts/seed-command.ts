/**
 * Builds the `sanity dataset import` call that `npm run seed` makes: the bundled dataset, with
 * its images, into the configured project and dataset, replacing documents with the same ids.
 */
import path from 'node:path'
import { readEnv } from '../lib/env/schema.ts'

export interface SeedCommand {
  command: string
  args: string[]
  /** Extra environment for the CLI; the token travels here, never on the command line. */
  env: Record<string, string>
  /** The same call with the token hidden, for printing. */
  display: string
}

export class SeedConfigError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'SeedConfigError'
  }
}

type Source = Record<string, string | undefined>

const value = (source: Source, name: string) => source[name]?.trim() || undefined

export function seedCommand(source: Source, projectRoot: string): SeedCommand {
  // The site's own schema checks the project id and dataset name and gives the defaults.
  const {
    sanity: { projectId, dataset },
    bundledDatasetFile,
  } = readEnv(source)
  // SANITY_API_WRITE_TOKEN by analogy with the read token; SANITY_IMPORT_TOKEN is what the CLI reads itself.
  const token = value(source, 'SANITY_API_WRITE_TOKEN') ?? value(source, 'SANITY_IMPORT_TOKEN')
  const missing = [
    !projectId && 'NEXT_PUBLIC_SANITY_PROJECT_ID (the project to import into)',
    !token && 'SANITY_API_WRITE_TOKEN (a token with Editor rights, from sanity.io/manage > API > Tokens)',
  ].filter(Boolean)
  if (missing.length > 0) {
    throw new SeedConfigError(
      `Cannot seed: set ${missing.join(' and ')} in .env.local or the environment. The site itself runs without ` +
        `them, on the bundled dataset.`,
    )
  }

  const file = path.relative(projectRoot, path.resolve(projectRoot, bundledDatasetFile))
  // Images are found relative to the NDJSON file (image@file://./images/...), which the CLI resolves from its folder.
  const args = ['dataset', 'import', file, '--dataset', dataset, '--project-id', projectId!, '--replace']
  const command = path.join(projectRoot, 'node_modules', '.bin', 'sanity')
  return { command, args, env: { SANITY_IMPORT_TOKEN: token! }, display: `sanity ${args.join(' ')}` }
}
