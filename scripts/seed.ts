/**
 * npm run seed: imports the bundled dataset (sanity/seed/dataset.ndjson) and its images into the
 * Sanity project named by NEXT_PUBLIC_SANITY_PROJECT_ID, replacing documents with the same ids.
 * Checks the file first, so a broken dataset never half-imports.
 */
import { spawn } from 'node:child_process'
import path from 'node:path'
import { loadDatasetFile } from '../lib/content/dataset-loader'
import { SeedConfigError, seedCommand } from './seed-command'

const projectRoot = path.resolve(import.meta.dirname, '..')

async function main(): Promise<number> {
  let seed
  try {
    seed = seedCommand(process.env, projectRoot)
  } catch (error) {
    if (error instanceof SeedConfigError) {
      console.error(error.message)
      return 1
    }
    throw error
  }
  const file = path.resolve(projectRoot, seed.args[2])
  const { documents } = loadDatasetFile(file)
  console.log(`Checked ${documents.length} documents in ${seed.args[2]}.\n${seed.display}`)

  const child = spawn(seed.command, seed.args, { cwd: projectRoot, stdio: 'inherit', env: { ...process.env, ...seed.env } })
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
