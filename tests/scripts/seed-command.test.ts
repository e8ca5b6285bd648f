import { execFile } from 'node:child_process'
import path from 'node:path'
import { promisify } from 'node:util'
import { describe, expect, it } from 'vitest'
import { SeedConfigError, seedCommand } from '@/scripts/seed-command'

const root = path.resolve('.')
const configured = {
  NEXT_PUBLIC_SANITY_PROJECT_ID: 'abc123',
  NEXT_PUBLIC_SANITY_DATASET: 'staging',
  SANITY_API_WRITE_TOKEN: 'sk-secret-write-token',
}

describe('seedCommand', () => {
  it('imports the bundled dataset into the configured project and dataset, replacing by id', () => {
    const seed = seedCommand(configured, root)
    expect(seed.command).toBe(path.join(root, 'node_modules/.bin/sanity'))
    expect(seed.args).toEqual([
      'dataset',
      'import',
      'sanity/seed/dataset.ndjson',
      '--dataset',
      'staging',
      '--project-id',
      'abc123',
      '--replace',
    ])
  })

  it('passes the token in the environment, never on the command line', () => {
    const seed = seedCommand(configured, root)
    expect(seed.env).toEqual({ SANITY_IMPORT_TOKEN: 'sk-secret-write-token' })
    expect(seed.args.join(' ')).not.toContain('sk-secret')
    expect(seed.display).not.toContain('sk-secret')
  })

  it('uses the production dataset and the BUNDLED_DATASET_FILE when given', () => {
    const seed = seedCommand(
      { ...configured, NEXT_PUBLIC_SANITY_DATASET: '', BUNDLED_DATASET_FILE: 'tests/fixtures/content/dataset.ndjson' },
      root,
    )
    expect(seed.args.slice(2, 5)).toEqual(['tests/fixtures/content/dataset.ndjson', '--dataset', 'production'])
  })

  it('says which variables are missing', () => {
    expect(() => seedCommand({}, root)).toThrow(SeedConfigError)
    expect(() => seedCommand({}, root)).toThrow(/NEXT_PUBLIC_SANITY_PROJECT_ID .* and SANITY_API_WRITE_TOKEN/)
    expect(() => seedCommand({ NEXT_PUBLIC_SANITY_PROJECT_ID: 'abc123' }, root)).toThrow(/set SANITY_API_WRITE_TOKEN/)
    expect(() => seedCommand({ ...configured, NEXT_PUBLIC_SANITY_PROJECT_ID: 'Not A Project' }, root)).toThrow(
      'NEXT_PUBLIC_SANITY_PROJECT_ID="Not A Project": expected a Sanity project id',
    )
  })

  it('stops the script before any import when nothing is configured', async () => {
    const failure = await promisify(execFile)(path.join(root, 'node_modules/.bin/tsx'), ['scripts/seed.ts'], {
      env: { ...process.env, NEXT_PUBLIC_SANITY_PROJECT_ID: '', SANITY_API_WRITE_TOKEN: '', SANITY_IMPORT_TOKEN: '' },
    }).then(
      () => null,
      (error: { code: number; stderr: string }) => error,
    )
    expect(failure?.code).toBe(1)
    expect(failure?.stderr).toContain('Cannot seed: set NEXT_PUBLIC_SANITY_PROJECT_ID')
  })
})
