/**
 * What pages import to describe themselves: one `…PageMetadata` for `generateMetadata` and one
 * `…PageJsonLd` for <JsonLd data={…} /> per page type.
 */
export { buildMetadata, FEED_PATH, type PageMetadataInput } from './metadata'
export { absoluteUrl, siteUrl } from './site-url'
export { seriesPageJsonLd, seriesPageMetadata, seriesSectionMetadata } from './pages/series'
export { episodePageJsonLd, episodePageMetadata } from './pages/episode'
export { reviewPageJsonLd, reviewPageMetadata } from './pages/review'
export { personPageJsonLd, personPageMetadata } from './pages/person'
export { criticPageJsonLd, criticPageMetadata } from './pages/critic'
export { articlePageJsonLd, articlePageMetadata } from './pages/article'
export {
  homePageJsonLd,
  homePageMetadata,
  listingPageMetadata,
  siteLayoutMetadata,
  type ListingSeoInput,
} from './pages/site'
