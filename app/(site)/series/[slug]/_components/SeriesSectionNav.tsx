import { IntentLink } from '@/components/links/IntentLink'
import { type SeriesSection, seriesPath, seriesSectionPath } from '@/lib/routes'

const sections: { section: SeriesSection | 'overview'; label: string }[] = [
  { section: 'overview', label: 'Overview' },
  { section: 'episodes', label: 'Episodes' },
  { section: 'cast', label: 'Cast and crew' },
  { section: 'reviews', label: 'Reviews' },
]

/** The series' pages, as tabs under its title: the overview and its full cast, episode guide and reviews. */
export function SeriesSectionNav({ slug, current }: { slug: string; current: SeriesSection | 'overview' }) {
  return (
    <nav aria-label="Series pages" className="font-sans text-sm">
      <ul className="flex flex-wrap gap-x-5 gap-y-2">
        {sections.map(({ section, label }) => (
          <li key={section}>
            <IntentLink
              href={section === 'overview' ? seriesPath(slug) : seriesSectionPath(slug, section)}
              aria-current={section === current ? 'page' : undefined}
              className="series-tab"
            >
              {label}
            </IntentLink>
          </li>
        ))}
      </ul>
    </nav>
  )
}
