'use client'

import { NextStudio } from 'next-sanity/studio'
import config from '@/sanity.config'

// The Studio config holds functions, so it is imported on the client side of the boundary.
export function Studio() {
  return <NextStudio config={config} />
}
