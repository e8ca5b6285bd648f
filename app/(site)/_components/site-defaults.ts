/** What the site shows before an editor has filled in site settings. */
export const siteDefaults = {
  title: 'Drama review',
  description: 'Reviews, episode guides and cast profiles of television drama.',
  navigation: [
    { _key: 'series', label: 'Series', href: '/series' },
    { _key: 'reviews', label: 'Reviews', href: '/reviews' },
    { _key: 'people', label: 'People', href: '/people' },
    { _key: 'news', label: 'News', href: '/news' },
    { _key: 'critics', label: 'Critics', href: '/critics' },
  ],
}
