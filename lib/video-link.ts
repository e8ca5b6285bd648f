import { safeHref } from './safe-href'

const knownSites = [
  { name: 'YouTube', domains: ['youtube.com', 'youtu.be', 'youtube-nocookie.com'] },
  { name: 'Vimeo', domains: ['vimeo.com'] },
]

export interface VideoLinkTarget {
  href: string
  /** Where it plays, as readers know it: "YouTube", "Vimeo", or the host name. */
  site: string
}

/** A video link an editor entered, if it is a safe https address (the Studio asks for nothing else). */
export function videoLinkTarget(url: unknown): VideoLinkTarget | null {
  const href = safeHref(url, { protocols: ['https:'] })
  if (!href) return null
  const host = new URL(href).hostname.replace(/^www\./, '')
  const known = knownSites.find(({ domains }) =>
    domains.some((domain) => host === domain || host.endsWith(`.${domain}`)),
  )
  return { href, site: known?.name ?? host }
}
