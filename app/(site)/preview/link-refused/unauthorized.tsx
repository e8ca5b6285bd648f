import Link from 'next/link'

import { ErrorMessage } from '@/components/layout/ErrorMessage'

/** A preview link with a wrong or expired secret: what happened and how to get a working one. */
export default function PreviewLinkRefused() {
  return (
    <ErrorMessage status={401} title="This preview link is wrong or has expired">
      <p className="mt-5 font-serif text-xl">
        A preview link shows drafts on the site only while its secret is valid, and the one you followed was not
        accepted. Ask for a new link from the Studio: open the document there and choose Preview on site.
      </p>
      <p className="mt-8">
        <Link href="/" className="font-semibold text-accent">
          Go to the front page
        </Link>
      </p>
    </ErrorMessage>
  )
}
