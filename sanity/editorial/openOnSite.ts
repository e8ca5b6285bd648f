import { LaunchIcon } from '@sanity/icons/Launch'
import { useEffect, useState } from 'react'
import { useClient, type DocumentActionComponent, type DocumentActionDescription } from 'sanity'
import { useRouter } from 'sanity/router'
import { DOCUMENT_TYPES } from '@/lib/content/document-types'
import { SERIES_SLUG_QUERY } from '@/lib/editorial/status-queries'
import { hrefForDocument } from '@/lib/routes'
import { studioQueryApiVersion } from '../apiVersion'

/** Types with a page of their own, or (characters) an entry on a page: the cast of their series. */
export const ROUTABLE_TYPES: readonly string[] = DOCUMENT_TYPES.filter((type) => type !== 'siteSettings')
/** The Presentation tool's name (presentationTool's default). */
export const PRESENTATION_TOOL = 'presentation'

interface StoredFields {
  _id?: string
  slug?: { current?: string }
  number?: number
  series?: { _ref?: string }
}

export interface OpenOnSiteTarget {
  href: string
  /** `page`: the published page, in a new tab. `preview`: the draft, in Presentation (draft mode). */
  mode: 'page' | 'preview'
}

interface Versions {
  type: string
  draft: object | null
  published: object | null
}

/** The series an episode or character needs for its link, if any. */
export function seriesIdFor({ type, draft, published }: Versions): string | undefined {
  if (type !== 'episode' && type !== 'character') return undefined
  return ((draft ?? published) as StoredFields | null)?.series?._ref
}

/** Where "Open on site" goes: the draft's preview when there is a draft, else the published page. */
export function openOnSiteTarget(versions: Versions, seriesSlug: string | null | undefined): OpenOnSiteTarget | null {
  const current = (versions.draft ?? versions.published) as StoredFields | null
  if (!current) return null
  const href = hrefForDocument({
    _type: versions.type,
    _id: current._id,
    slug: current.slug?.current,
    number: current.number,
    series: { slug: seriesSlug },
  })
  if (!href) return null
  return { href, mode: versions.draft ? 'preview' : 'page' }
}

export interface SiteOpeners {
  openPage: (href: string) => void
  openPreview: (href: string) => void
}

export function openOnSiteDescription(target: OpenOnSiteTarget | null, open: SiteOpeners): DocumentActionDescription {
  if (!target) {
    return {
      label: 'Open on site',
      icon: LaunchIcon,
      disabled: true,
      title: 'This document has no page yet: give it a slug (episodes: a number and a series).',
    }
  }
  const preview = target.mode === 'preview'
  return {
    label: preview ? 'Preview on site' : 'Open on site',
    icon: LaunchIcon,
    title: preview ? `Show the draft of ${target.href} in Presentation` : `Open ${target.href} in a new tab`,
    onHandle: () => (preview ? open.openPreview(target.href) : open.openPage(target.href)),
  }
}

function useSeriesSlug(seriesId: string | undefined): string | null {
  const client = useClient({ apiVersion: studioQueryApiVersion })
  const [slug, setSlug] = useState<string | null>(null)
  useEffect(() => {
    if (!seriesId) return
    let current = true
    client
      .withConfig({ perspective: 'raw' })
      .fetch<string | null>(SERIES_SLUG_QUERY, { id: seriesId })
      .then(
        (found) => current && setSlug(found),
        () => current && setSlug(null),
      )
    return () => {
      current = false
    }
  }, [client, seriesId])
  return seriesId ? slug : null
}

/** Opens the document in Presentation beside its page, read as a draft (Presentation enables draft mode itself). */
export function previewIntentParams(id: string, type: string, href: string) {
  return { id, type, mode: PRESENTATION_TOOL, presentation: PRESENTATION_TOOL, preview: href }
}

/** "Open on site": the page a routable document has, or its draft previewed in Presentation. */
export const OpenOnSiteAction: DocumentActionComponent = (props) => {
  const { navigateIntent } = useRouter()
  const seriesSlug = useSeriesSlug(seriesIdFor(props))
  return openOnSiteDescription(openOnSiteTarget(props, seriesSlug), {
    openPage: (href) => window.open(href, '_blank', 'noopener'),
    openPreview: (href) => navigateIntent('edit', previewIntentParams(props.id, props.type, href)),
  })
}
OpenOnSiteAction.displayName = 'OpenOnSiteAction'
