/**
 * Sends the signed webhook Sanity would send when a document is published, so an edit to the
 * bundled dataset reaches the running site without a rebuild.
 *
 *   npm run revalidate -- <document id> [--url http://localhost:3000]
 */
import { readFileSync } from 'node:fs'
import nextEnv from '@next/env'
import { signedWebhookRequest } from '../lib/revalidation/signed-webhook.ts'
import { publishedIdOf } from '../lib/content/perspective.ts'
import { readEnv } from '../lib/env/schema.ts'

nextEnv.loadEnvConfig(process.cwd())
const env = readEnv(process.env)

function fail(message: string): never {
  console.error(message)
  process.exit(1)
}

/** What to do when nothing answers: the usual cause is a site that is not running yet. */
function unreachableMessage(origin: string, error: Error): string {
  const code = (error.cause as { code?: string } | undefined)?.code ?? error.message
  return [
    `The site is not reachable at ${origin} (${code}).`,
    'Start it in another terminal with `npm run dev` (or `npm run build && npm run start`),',
    'or pass the address it runs at: npm run revalidate -- <document id> --url http://localhost:3001',
  ].join('\n')
}

const args = process.argv.slice(2)
const urlFlag = args.indexOf('--url')
const siteUrl = (urlFlag >= 0 ? args.splice(urlFlag, 2)[1] : undefined) ?? env.siteUrl
const [documentId] = args
if (!documentId) fail('Usage: npm run revalidate -- <document id> [--url http://localhost:3000]')

const secret = env.revalidateSecret
if (!secret) fail('SANITY_REVALIDATE_SECRET is not set (see .env.example); the site refuses unsigned webhooks.')

const datasetFile = env.bundledDatasetFile
const wanted = publishedIdOf(documentId)
const line = readFileSync(datasetFile, 'utf8')
  .split('\n')
  .find((text) => text.includes(`"_id":"${wanted}"`) && JSON.parse(text)._id === wanted)
if (!line) fail(`No published document with _id "${wanted}" in ${datasetFile}.`)

const document = JSON.parse(line) as { _id: string; _type: string; slug?: { current?: string } }
const request = await signedWebhookRequest(
  { _id: document._id, _type: document._type, slug: document.slug?.current ?? null },
  secret,
)
const endpoint = URL.canParse(siteUrl) ? new URL('/api/revalidate', siteUrl) : null
if (!endpoint) fail(`--url ${siteUrl} is not an address; pass one such as --url http://localhost:3000`)
const response = await fetch(endpoint, { method: 'POST', ...request }).catch((error: Error) =>
  fail(unreachableMessage(endpoint.origin, error)),
)
const result = await response.text()
if (!response.ok) fail(`The site answered ${response.status}: ${result}`)
console.log(`Revalidated ${document._type} ${document._id}: ${result}`)
