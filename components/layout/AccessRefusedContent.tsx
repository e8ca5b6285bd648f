'use client'

import Link from 'next/link'

import { MainContent } from './MainContent'
import { ErrorMessage } from './ErrorMessage'

const messages = {
  401: 'You need to be signed in to see this page.',
  403: 'This page is not open to readers.',
} as const

/**
 * The root answer to unauthorized() and forbidden() where no nearer page has its own. With
 * authInterrupts on, Next puts these boundaries into every page's inline payload; as a client
 * component each is a reference of a few bytes instead of Next's default page (about 1 kB each).
 */
export function AccessRefusedContent({ status }: { status: keyof typeof messages }) {
  return (
    <MainContent>
      <ErrorMessage status={status} title={messages[status]}>
        <p className="mt-8">
          <Link href="/" className="font-semibold text-accent">
            Go to the front page
          </Link>
        </p>
      </ErrorMessage>
    </MainContent>
  )
}
