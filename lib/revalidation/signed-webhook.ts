import { encodeSignatureHeader, SIGNATURE_HEADER_NAME } from '@sanity/webhook'
import type { DocumentChange } from './tags-for-change'

/** Builds the request Sanity's GROQ-powered webhook would send for one changed document. */
export async function signedWebhookRequest(change: DocumentChange, secret: string, timestamp = Date.now()) {
  const body = JSON.stringify(change)
  return {
    body,
    headers: {
      'content-type': 'application/json',
      [SIGNATURE_HEADER_NAME]: await encodeSignatureHeader(body, timestamp, secret),
    },
  }
}
