import { type ReactNode, Suspense } from 'react'

import { MainContent } from '@/components/layout/MainContent'
import { SiteFooter } from '@/components/layout/SiteFooter'
import { SiteHeader } from '@/components/layout/SiteHeader'
import { DraftDocumentsOnPage } from '@/components/preview/DraftDocumentsOnPage'
import { DraftModeBanner } from '@/components/preview/DraftModeBanner'
import { PresentationOverlaysLoader } from '@/components/preview/PresentationOverlaysLoader'
import { SpoilerShieldStyles } from '@/components/spoilers/SpoilerShieldStyles'
import { contentFetch, getPerspective } from '@/lib/content/fetch'
import { SITE_SETTINGS_QUERY } from '@/lib/content/queries'
import { env } from '@/lib/env/server'

import { siteDefaults } from './site-defaults'

export async function loadSiteSettings() {
  const perspective = await getPerspective()
  const settings = await contentFetch({ query: SITE_SETTINGS_QUERY, perspective })
  return {
    perspective,
    title: settings?.title || siteDefaults.title,
    description: settings?.description || siteDefaults.description,
    navigation: settings?.navigation?.length ? settings.navigation : siteDefaults.navigation,
  }
}

/**
 * Header, main region and footer around every reader page, including the 404 page (which renders
 * outside the (site) layout). Draft mode adds the banner that says so and offers the way out, and
 * on a Sanity project the Studio's click-to-edit overlays (the bundled dataset has no Studio
 * documents to open). The spoiler shield's styles come first, so nothing past a reader's marker is
 * ever painted.
 */
export async function SiteFrame({ children }: { children: ReactNode }) {
  const { perspective, title, description, navigation } = await loadSiteSettings()
  return (
    <div className="flex min-h-dvh flex-col">
      <SpoilerShieldStyles />
      {perspective === 'drafts' ? (
        <DraftModeBanner
          drafts={
            <Suspense fallback={null}>
              <DraftDocumentsOnPage />
            </Suspense>
          }
        />
      ) : null}
      <SiteHeader title={title} navigation={navigation} />
      <MainContent>{children}</MainContent>
      <SiteFooter title={title} description={description} navigation={navigation} />
      {perspective === 'drafts' && env.contentSource === 'content-lake' ? <PresentationOverlaysLoader /> : null}
    </div>
  )
}
