import type { Metadata } from 'next'
import type { ReactNode } from 'react'

import { siteLayoutMetadata } from '@/lib/seo'

import { loadSiteSettings, SiteFrame } from './_components/SiteFrame'

export async function generateMetadata(): Promise<Metadata> {
  const { title, description } = await loadSiteSettings()
  return siteLayoutMetadata({ title, description })
}

export default function SiteLayout({ children }: { children: ReactNode }) {
  return <SiteFrame>{children}</SiteFrame>
}
