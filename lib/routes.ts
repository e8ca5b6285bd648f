/**
 * Site paths for documents. The route shapes are fixed (other tools link to them), so every link
 * to a document goes through here rather than being spelled out in a component.
 */

export interface DocumentLinkTarget {
  _type: string
  slug?: string | null
  /** Episode number, for episodes. */
  number?: number | null
  /** The document's id: a character's entry in its series' cast is found by it. */
  _id?: string | null
  /** The series an episode or character belongs to. */
  series?: { slug?: string | null } | null
}

const bySlug: Record<string, (slug: string) => string> = {
  series: (slug) => `/series/${encodeURIComponent(slug)}`,
  review: (slug) => `/reviews/${encodeURIComponent(slug)}`,
  person: (slug) => `/people/${encodeURIComponent(slug)}`,
  critic: (slug) => `/critics/${encodeURIComponent(slug)}`,
  article: (slug) => `/news/${encodeURIComponent(slug)}`,
}

/** The page that explains the score scale, the bands, aspect scores and episode scores. */
export const HOW_WE_SCORE_PATH = '/how-we-score'

/** Lowercase words joined by single hyphens: the form every slug, and so every page address, takes. */
export function isSlug(value: string): boolean {
  return /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(value)
}

export function seriesPath(slug: string): string {
  return bySlug.series(slug)
}

export function episodePath(seriesSlug: string, number: number): string {
  return `${seriesGuidePath(seriesSlug)}/${number}`
}

/** The subpages of a series: its full cast and crew, its episode guide and every critic's review of it. */
export type SeriesSection = 'cast' | 'episodes' | 'reviews'

export function seriesSectionPath(seriesSlug: string, section: SeriesSection): string {
  return `${seriesPath(seriesSlug)}/${section}`
}

export function seriesGuidePath(seriesSlug: string): string {
  return seriesSectionPath(seriesSlug, 'episodes')
}

/**
 * The id of a character's entry on its series' cast page, from the document id (drafts and release
 * versions share the published id), so links from any synopsis or search result stay valid.
 */
export function characterAnchor(characterId: string): string {
  const publishedId = characterId.replace(/^(drafts|versions\.[^.]+)\./, '')
  return publishedId.startsWith('character-') ? publishedId : `character-${publishedId}`
}

/** A character's entry in the cast of its series. */
export function characterPath(seriesSlug: string, characterId: string): string {
  return `${seriesSectionPath(seriesSlug, 'cast')}#${encodeURIComponent(characterAnchor(characterId))}`
}

/** The page of every reader review of a series, or of one of its episodes. */
export function readerReviewsPath(seriesSlug: string, episodeNumber?: number | null): string {
  const subject = typeof episodeNumber === 'number' ? episodePath(seriesSlug, episodeNumber) : seriesPath(seriesSlug)
  return `${subject}/reader-reviews`
}

/** A reader review's own page: the whole review, and its author's edit and delete controls. */
export function readerReviewPath(id: string): string {
  return `/reader-reviews/${encodeURIComponent(id)}`
}

/** Where a reader writes a review of a series or an episode (works without JavaScript). */
export function readerReviewWritePath(seriesSlug: string, episodeNumber?: number | null): string {
  return `${readerReviewsPath(seriesSlug, episodeNumber)}/write`
}

/** The reader lists that are paged (lib/paging.ts). */
export type ListPath = '/reviews' | '/people' | '/series' | '/news'

/** Page `page` of a list: page 1 is the list's own address, so it has one URL only. */
export function listPagePath(list: ListPath, page: number): string {
  return page <= 1 ? list : `${list}/page/${page}`
}

/**
 * The path of a document's page, or null when it has none (or is missing the slug or number the
 * path needs). Characters have no page of their own: they link to their entry in the series' cast.
 */
export function hrefForDocument(target: DocumentLinkTarget | null | undefined): string | null {
  if (!target) return null
  const type = target._type
  if (type === 'episode') {
    const n = target.number
    const seriesSlug = target.series?.slug
    if (!seriesSlug || typeof n !== 'number' || !Number.isInteger(n) || n < 1) return null
    return episodePath(seriesSlug, n)
  }
  if (type === 'character') {
    const seriesSlug = target.series?.slug
    if (!seriesSlug) return null
    return target._id ? characterPath(seriesSlug, target._id) : seriesSectionPath(seriesSlug, 'cast')
  }
  const build = bySlug[type]
  if (!build || !target.slug) return null
  return build(target.slug)
}

/** A comment's own page: its status, and its author's edit and delete controls for 15 minutes. */
export function readerCommentPath(id: string): string {
  return `/comments/${encodeURIComponent(id)}`
}

/** The id of a comment's element in its thread, for `#comment-<id>` permalinks. */
export function commentAnchor(id: string): string {
  return `comment-${id}`
}

/** Where a reader writes a comment or a reply without JavaScript (the page carries a fresh form token). */
export function commentWritePath(subject: string, parent?: string | null): string {
  const query = new URLSearchParams({ subject, ...(parent ? { parent } : {}) })
  return `/comments/new?${query}`
}

/** The moderation queue, or its blocks or held-terms page (behind the moderators' sign-in). */
export function moderationPath(page?: 'blocks' | 'terms'): string {
  return page ? `/moderation/${page}` : '/moderation'
}

/** One item (a comment or a reader review) as moderators see it, with its history and actions. */
export function moderationItemPath(id: string): string {
  return `/moderation/items/${encodeURIComponent(id)}`
}

/** The themes a review's score badge comes in. */
export type BadgeTheme = 'light' | 'dark'

/** A review's score badge, an SVG other sites show as an image; `?theme=dark` for dark pages. */
export function embedBadgePath(reviewSlug: string, theme: BadgeTheme = 'light'): string {
  const path = `/embed/badge/${encodeURIComponent(reviewSlug)}.svg`
  return theme === 'dark' ? `${path}?theme=dark` : path
}

/** The page with what another site pastes to show a review's score (badge, card, link). */
export function embedInstructionsPath(reviewSlug: string): string {
  return `/reviews/${encodeURIComponent(reviewSlug)}/embed`
}

/** A review's score card, a small page other sites show in an iframe. */
export function embedCardPath(reviewSlug: string): string {
  return `/embed/review/${encodeURIComponent(reviewSlug)}`
}

/** The oEmbed endpoint; `pageUrl` is the absolute URL of a review page. */
export function oembedPath(pageUrl: string): string {
  return `/api/oembed?${new URLSearchParams({ url: pageUrl, format: 'json' })}`
}
