import type { Metadata } from 'next'
import type { ReactNode } from 'react'

import { loadSiteSettings, SiteFrame } from './_components/SiteFrame'

export async function generateMetadata(): Promise<Metadata> {
  const { title, description } = await loadSiteSettings()
  return { title: { default: title, template: `%s · ${title}` }, description }
}

export default function SiteLayout({ children }: { children: ReactNode }) {
  return <SiteFrame>{children}</SiteFrame>
}
