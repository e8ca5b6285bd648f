import { execFile } from 'node:child_process'
import { mkdir, mkdtemp, readFile, rm } from 'node:fs/promises'
import path from 'node:path'
import { promisify } from 'node:util'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

// Regenerates schema.json and sanity.types.ts into a scratch folder with the real CLI (the same
// commands as `npm run typegen`) and compares them with the committed files. Takes ~30 s.

const run = promisify(execFile)
const root = path.resolve(import.meta.dirname, '../..')
const sanityBin = path.join(root, 'node_modules/sanity/bin/sanity')
const HOW_TO_FIX = 'is stale: run `npm run typegen` and commit schema.json and sanity.types.ts'

let scratch: string
let relativeScratch: string

async function sanity(args: string[]) {
  await run(process.execPath, [sanityBin, ...args], {
    cwd: root,
    timeout: 100_000,
    env: {
      ...process.env,
      DO_NOT_TRACK: '1',
      NO_UPDATE_NOTIFIER: '1',
      CI: '1',
      SANITY_TYPEGEN_SCHEMA: `./${relativeScratch}/schema.json`,
      SANITY_TYPEGEN_OUTPUT: `./${relativeScratch}/sanity.types.ts`,
    },
  })
}

beforeAll(async () => {
  // Inside the project: `schema extract --path` resolves even absolute paths against it.
  const cache = path.join(root, 'node_modules/.cache')
  await mkdir(cache, { recursive: true })
  scratch = await mkdtemp(path.join(cache, 'typegen-check-'))
  relativeScratch = path.relative(root, scratch)
  await sanity(['schema', 'extract', '--path', `${relativeScratch}/schema.json`])
  await sanity(['typegen', 'generate'])
}, 120_000)

/** Where two generated files part ways, so a failure points at the schema type or query to look at. */
function firstDifference(committed: string, fresh: string): string | undefined {
  const committedLines = committed.split('\n')
  const freshLines = fresh.split('\n')
  const index = freshLines.findIndex((line, i) => line !== committedLines[i])
  if (index === -1 && committedLines.length === freshLines.length) return undefined
  const at = index === -1 ? freshLines.length : index
  return (
    `line ${at + 1}: committed ${JSON.stringify(committedLines[at] ?? '<end of file>')}, regenerated ` +
    `${JSON.stringify(freshLines[at] ?? '<end of file>')}`
  )
}

afterAll(async () => {
  if (scratch) await rm(scratch, { recursive: true, force: true })
})

describe('TypeGen output', () => {
  it('schema.json matches the Studio schema', async () => {
    const committed = await readFile(path.join(root, 'schema.json'), 'utf8')
    const fresh = await readFile(path.join(scratch, 'schema.json'), 'utf8')
    expect(JSON.parse(committed), `schema.json ${HOW_TO_FIX}`).toEqual(JSON.parse(fresh))
  })

  it('sanity.types.ts matches the schema and the GROQ queries', async () => {
    const committed = await readFile(path.join(root, 'sanity.types.ts'), 'utf8')
    const fresh = (await readFile(path.join(scratch, 'sanity.types.ts'), 'utf8')).replaceAll(
      `${relativeScratch}/schema.json`,
      'schema.json',
    )
    expect(firstDifference(committed, fresh), `sanity.types.ts ${HOW_TO_FIX}`).toBeUndefined()
  })
})
