import { defineDocuments, defineLocations, type PresentationPluginOptions } from 'sanity/presentation'
import { hrefForDocument, seriesSectionPath } from '../lib/routes'

/** Where each document appears on the site, so an editor opens the page of what they edit. */
const locations: NonNullable<PresentationPluginOptions['resolve']>['locations'] = {
  series: defineLocations({
    select: { title: 'title', slug: 'slug.current' },
    resolve: (doc) => ({
      locations: doc?.slug
        ? [
            { title: doc.title ?? 'Series', href: hrefForDocument({ _type: 'series', slug: doc.slug })! },
            { title: 'Episode guide', href: seriesSectionPath(doc.slug, 'episodes') },
            { title: 'Cast and crew', href: seriesSectionPath(doc.slug, 'cast') },
            { title: 'All series', href: '/series' },
          ]
        : [],
    }),
  }),
  episode: defineLocations({
    select: { title: 'title', number: 'number', seriesSlug: 'series.slug.current', seriesTitle: 'series.title' },
    resolve: (doc) => {
      const href = hrefForDocument({ _type: 'episode', number: doc?.number, series: { slug: doc?.seriesSlug } })
      if (!href) return { message: 'Set the series and episode number to preview this episode.', tone: 'caution' }
      return {
        locations: [
          { title: `Episode ${doc?.number}: ${doc?.title ?? ''}`, href },
          { title: doc?.seriesTitle ?? 'Series', href: hrefForDocument({ _type: 'series', slug: doc?.seriesSlug })! },
        ],
      }
    },
  }),
  character: defineLocations({
    select: { name: 'name', id: '_id', seriesSlug: 'series.slug.current', seriesTitle: 'series.title' },
    resolve: (doc) => {
      const href = hrefForDocument({ _type: 'character', _id: doc?.id, series: { slug: doc?.seriesSlug } })
      if (!href) return { message: 'Set the series to preview this character in its cast.', tone: 'caution' }
      return { locations: [{ title: `${doc?.seriesTitle ?? 'Series'}: cast and crew`, href }] }
    },
  }),
  review: defineLocations({
    select: {
      title: 'title',
      slug: 'slug.current',
      kind: 'kind',
      first: 'firstEpisode',
      seriesSlug: 'series.slug.current',
    },
    resolve: (doc) => {
      const href = hrefForDocument({ _type: 'review', slug: doc?.slug })
      if (!href) return { message: 'Give the review a slug to preview it.', tone: 'caution' }
      const shownOn = [
        { title: doc?.title ?? 'Review', href },
        { title: 'All reviews', href: '/reviews' },
      ]
      const seriesHref = hrefForDocument({ _type: 'series', slug: doc?.seriesSlug })
      if (seriesHref && doc?.seriesSlug) {
        shownOn.push({ title: 'Series page', href: seriesHref })
        shownOn.push({ title: 'Reviews of the series', href: seriesSectionPath(doc.seriesSlug, 'reviews') })
      }
      const episodeHref =
        doc?.kind === 'episode'
          ? hrefForDocument({ _type: 'episode', number: doc?.first, series: { slug: doc?.seriesSlug } })
          : null
      if (episodeHref) shownOn.push({ title: `Episode ${doc?.first}`, href: episodeHref })
      return { locations: shownOn }
    },
  }),
  person: defineLocations({
    select: { name: 'name', slug: 'slug.current' },
    resolve: (doc) => {
      const href = hrefForDocument({ _type: 'person', slug: doc?.slug })
      return href
        ? {
            locations: [
              { title: doc?.name ?? 'Person', href },
              { title: 'All people', href: '/people' },
            ],
          }
        : { message: 'Give the person a slug to preview them.', tone: 'caution' }
    },
  }),
}

/** Which document a site URL is about, so the Studio opens it beside the preview. */
const mainDocuments = defineDocuments([
  { route: '/series/:slug', filter: `_type == "series" && slug.current == $slug` },
  // The subpages of a series are about the series.
  ...['cast', 'episodes', 'reviews'].map((section) => ({
    route: `/series/:slug/${section}`,
    filter: `_type == "series" && slug.current == $slug`,
  })),
  {
    route: '/series/:slug/episodes/:number',
    // Route params are strings; GROQ compares the episode number as one.
    filter: `_type == "episode" && series->slug.current == $slug && string(number) == $number`,
  },
  { route: '/reviews/:slug', filter: `_type == "review" && slug.current == $slug` },
  { route: '/people/:slug', filter: `_type == "person" && slug.current == $slug` },
  { route: '/critics/:slug', filter: `_type == "critic" && slug.current == $slug` },
  { route: '/news/:slug', filter: `_type == "article" && slug.current == $slug` },
])

export const presentationOptions: PresentationPluginOptions = {
  previewUrl: { previewMode: { enable: '/api/draft-mode/enable', disable: '/api/draft-mode/disable' } },
  resolve: { locations, mainDocuments },
}
