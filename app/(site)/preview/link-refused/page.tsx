import type { Metadata } from 'next'
import { unauthorized } from 'next/navigation'

export const metadata: Metadata = {
  title: 'Preview link not accepted',
}

/**
 * Where /api/draft-mode/enable sends a preview link whose secret does not match. A route handler
 * can only answer a 401 with an empty body; this page answers it with the site's frame.
 */
export default function PreviewLinkRefusedPage() {
  unauthorized()
}
