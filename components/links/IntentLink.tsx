'use client'

import Link from 'next/link'
import { type ComponentProps, useState } from 'react'

/**
 * A link that prefetches its page once the reader shows intent (a pointer over it, keyboard focus,
 * a touch) rather than when it scrolls into view. The frame, the cards and the credits hold dozens
 * of links, most never followed: prefetching each as it came into view cost a phone a dozen requests
 * and their parsing while the page was still starting. The few links a reader is likely to take
 * next (the next episode, the next page of a list) keep `next/link`'s default.
 *
 * It owns the pointer, focus and touch handlers, so it does not accept them.
 */
export function IntentLink(
  props: Omit<ComponentProps<typeof Link>, 'prefetch' | 'onPointerEnter' | 'onFocus' | 'onTouchStart'>,
) {
  const [intent, setIntent] = useState(false)
  const showIntent = () => setIntent(true)
  return (
    <Link
      {...props}
      // `null` is next/link's default: prefetch what is in view, which the link now is.
      prefetch={intent ? null : false}
      onPointerEnter={showIntent}
      onFocus={showIntent}
      onTouchStart={showIntent}
    />
  )
}
