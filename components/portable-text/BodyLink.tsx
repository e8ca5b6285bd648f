import type { PortableTextMarkComponentProps } from '@portabletext/react'

import { safeHref } from '@/lib/safe-href'

export interface LinkMark {
  _type: 'link'
  _key?: string
  href?: string | null
  blank?: boolean | null
}

/**
 * An editor's link. Only hrefs safeHref accepts become links; anything else (javascript:, data:,
 * typos) keeps its text and loses the link. Links off the site never pass on the opener or referrer.
 */
export function BodyLink({ value, children }: PortableTextMarkComponentProps<LinkMark>) {
  const href = safeHref(value?.href ?? '')
  if (!href) return <>{children}</>
  const leavesSite = /^https?:\/\//i.test(href)
  const newTab = leavesSite && value?.blank === true
  return (
    <a href={href} rel={leavesSite ? 'noopener noreferrer' : undefined} target={newTab ? '_blank' : undefined}>
      {children}
      {newTab ? <span className="sr-only"> (opens in a new tab)</span> : null}
    </a>
  )
}
