import { nativeScriptLang } from '@/components/format/native-script-lang'
import { safeHref } from '@/lib/safe-href'
import type { SERIES_PAGE_QUERY_RESULT } from '@/sanity.types'

type Series = NonNullable<SERIES_PAGE_QUERY_RESULT>

const workKinds: Record<string, string> = {
  film: 'Film',
  series: 'Series',
  novel: 'Novel',
  stage: 'Stage',
  other: 'Other',
}

/** Where the series comes from and where else its story lives: source work, adaptations, streaming and links. */
export function SeriesSources({ series }: { series: Series }) {
  const basedOn = series.basedOn
  const platforms = (series.platforms ?? [])
    .filter((platform) => platform.name)
    .map((platform) => ({ ...platform, href: safeHref(platform.url) }))
  const links = (series.externalLinks ?? [])
    .map((link) => ({ ...link, href: safeHref(link.url) }))
    .filter((link) => link.href)
  const related = series.relatedWorks ?? []
  if (!basedOn?.title && related.length === 0 && platforms.length === 0 && links.length === 0) return null

  return (
    <div className="space-y-8 text-[0.95rem]">
      {basedOn?.title ? (
        <section aria-labelledby="based-on" className="space-y-2">
          <h2 id="based-on" className="kicker font-sans">
            Based on
          </h2>
          <p>
            <cite className="font-serif text-lg font-semibold not-italic">{basedOn.title}</cite>
            {basedOn.originalTitle ? (
              <span lang={nativeScriptLang(basedOn.originalTitle)} className="block text-ink-muted">
                {basedOn.originalTitle}
              </span>
            ) : null}
          </p>
          <p className="text-ink-muted">{[basedOn.author, basedOn.year].filter(Boolean).join(', ')}</p>
          {basedOn.note ? <p>{basedOn.note}</p> : null}
        </section>
      ) : null}

      {related.length > 0 ? (
        <section aria-labelledby="related-works" className="space-y-2">
          <h2 id="related-works" className="kicker font-sans">
            Other adaptations
          </h2>
          <ul className="space-y-3">
            {related.map((work) => (
              <li key={work._key}>
                <cite className="font-serif font-semibold not-italic">{work.title}</cite>
                <span className="text-ink-muted">
                  {' '}
                  · {[work.kind ? workKinds[work.kind] : null, work.year].filter(Boolean).join(', ')}
                </span>
                {work.note ? <span className="block text-ink-muted">{work.note}</span> : null}
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      {platforms.length > 0 ? (
        <section aria-labelledby="platforms" className="space-y-2">
          <h2 id="platforms" className="kicker font-sans">
            Watch it on
          </h2>
          <ul className="space-y-1">
            {platforms.map((platform) => (
              <li key={platform._key}>
                {platform.href ? (
                  <a href={platform.href} rel="noopener noreferrer" className="text-link">
                    {platform.name}
                  </a>
                ) : (
                  platform.name
                )}
                {platform.region ? <span className="text-ink-muted"> ({platform.region})</span> : null}
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      {links.length > 0 ? (
        <section aria-labelledby="external-links" className="space-y-2">
          <h2 id="external-links" className="kicker font-sans">
            Elsewhere
          </h2>
          <ul className="space-y-1">
            {links.map((link) => (
              <li key={link._key}>
                <a href={link.href!} rel="noopener noreferrer" className="text-link">
                  {link.label}
                </a>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </div>
  )
}
