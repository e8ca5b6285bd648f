import { FormattedDate } from '@/components/format/FormattedDate'
import { ContentImage } from '@/components/media/ContentImage'
import { hrefForDocument } from '@/lib/routes'

import { CardHeading, type HeadingLevel } from './CardHeading'

type HeroImage = Parameters<typeof ContentImage>[0]['image']

export interface NewsCardArticle {
  title?: string | null
  slug?: string | null
  publishedAt?: string | null
  excerpt?: string | null
  heroImage?: HeroImage
  series?: { title?: string | null } | null
}

/** A news story in a list: image, date, headline and the excerpt. */
export function NewsCard({
  article,
  headingLevel = 3,
  showImage = true,
}: {
  article: NewsCardArticle
  headingLevel?: HeadingLevel
  showImage?: boolean
}) {
  const href = hrefForDocument({ _type: 'article', slug: article.slug })
  return (
    <article className="card overflow-hidden">
      {showImage && article.heroImage ? (
        <div className="bg-paper-raised">
          <ContentImage
            image={article.heroImage}
            width={640}
            aspectRatio={16 / 9}
            sizes="(min-width: 768px) 33vw, 100vw"
            decorative
            className="h-auto w-full object-cover"
          />
        </div>
      ) : null}
      <div className="flex flex-1 flex-col gap-2 p-5">
        <p className="kicker">
          News
          {article.series?.title ? ` · ${article.series.title}` : null}
        </p>
        <CardHeading level={headingLevel} href={href} className="text-xl">
          {article.title}
        </CardHeading>
        {article.excerpt ? <p className="line-clamp-3 text-[0.95rem] text-ink-muted">{article.excerpt}</p> : null}
        <p className="mt-auto pt-1 text-sm text-ink-muted">
          <FormattedDate value={article.publishedAt} />
        </p>
      </div>
    </article>
  )
}
