/**
 * npm run seed: imports the bundled dataset (sanity/seed/dataset.ndjson) and its images into the
 * Sanity project named by NEXT_PUBLIC_SANITY_PROJECT_ID, replacing documents with the same ids.
 * Checks the file and runs the Studio's validation rules first, so a broken dataset never
 * half-imports.
 */
import { spawn } from 'node:child_process'
import path from 'node:path'
import type { SanityDocument } from 'sanity'
import { loadDatasetFile } from '../lib/content/dataset-loader'
import { validateDocuments } from '../sanity/validation/validateDocuments'
import { EnvError } from '../lib/env/schema.ts'
import { SeedConfigError, seedCommand } from './seed-command'

const projectRoot = path.resolve(import.meta.dirname, '..')

async function main(): Promise<number> {
  let seed
  try {
    seed = seedCommand(process.env, projectRoot)
  } catch (error) {
    if (error instanceof SeedConfigError || error instanceof EnvError) {
      console.error(error.message)
      return 1
    }
    throw error
  }
  const file = path.resolve(projectRoot, seed.args[2])
  const { documents, lineOf } = loadDatasetFile(file)
  const errors = (await validateDocuments(documents as unknown as SanityDocument[])).filter(
    (marker) => marker.level === 'error',
  )
  if (errors.length > 0) {
    for (const marker of errors)
      console.error(
        `${seed.args[2]}:${lineOf.get(marker.documentId)} (${marker.documentId}) ${marker.path}: ${marker.message}`,
      )
    console.error(`Not importing: ${errors.length} validation error(s). Fix them and run npm run seed again.`)
    return 1
  }
  console.log(
    `Checked ${documents.length} documents in ${seed.args[2]}: they load and pass the Studio's ` +
      `validation.\n${seed.display}`,
  )

  const child = spawn(seed.command, seed.args, {
    cwd: projectRoot,
    stdio: 'inherit',
    env: { ...process.env, ...seed.env },
  })
  return new Promise((resolve, reject) => {
    child.on('error', reject)
    child.on('exit', (code) => resolve(code ?? 1))
  })
}

main().then(
  (code) => process.exit(code),
  (error: Error) => {
    console.error(error.message)
    process.exit(1)
  },
)
