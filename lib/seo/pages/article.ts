import type { Metadata } from 'next'
import type { NewsArticle, WithContext } from 'schema-dts'

import { hrefForDocument, seriesPath } from '@/lib/routes'

import { cleanDeep, cleanText, firstText, summarize } from '../clean-text'
import {
  type ContentImageSource,
  imageAbsoluteUrl,
  isoDate,
  portableTextSummary,
  withoutEmpty,
} from '../json-ld/shared'
import { buildMetadata } from '../metadata'
import { shareImage } from '../share-image'
import { absoluteUrl } from '../site-url'

export interface ArticleSeoInput {
  title?: string | null
  slug?: string | null
  publishedAt?: string | null
  excerpt?: string | null
  heroImage?: (ContentImageSource & { alt?: string | null }) | null
  body?: ReadonlyArray<{ _type: string }> | null
  series?: { title?: string | null; slug?: string | null } | null
}

/** `generateMetadata` of /news/[slug]. */
export function articlePageMetadata(article: ArticleSeoInput): Metadata {
  return buildMetadata({
    title: article.title,
    description: firstText(article.excerpt, portableTextSummary(article.body)),
    path: hrefForDocument({ _type: 'article', slug: article.slug }) ?? '/news',
    type: 'article',
    publishedTime: article.publishedAt,
    image: shareImage(article.heroImage),
  })
}

export function newsArticleJsonLd(article: ArticleSeoInput): WithContext<NewsArticle> | null {
  const headline = cleanText(article.title)
  const path = hrefForDocument({ _type: 'article', slug: article.slug })
  if (!headline || !path) return null
  const seriesTitle = cleanText(article.series?.title)
  return cleanDeep(
    withoutEmpty<WithContext<NewsArticle>>({
      '@context': 'https://schema.org',
      '@type': 'NewsArticle',
      // Google truncates headlines past 110 characters.
      headline: summarize(headline, 110) ?? headline,
      url: absoluteUrl(path),
      description: summarize(article.excerpt) ?? undefined,
      datePublished: isoDate(article.publishedAt),
      image: imageAbsoluteUrl(article.heroImage, 1200),
      about:
        seriesTitle && article.series?.slug
          ? { '@type': 'TVSeries', name: seriesTitle, url: absoluteUrl(seriesPath(article.series.slug)) }
          : undefined,
    }),
  )
}

/** The `NewsArticle`, with the number of published reader comments under it, when there are any. */
export function articlePageJsonLd(article: ArticleSeoInput, { commentCount = 0 }: { commentCount?: number } = {}) {
  const node = newsArticleJsonLd(article)
  return [node && commentCount > 0 ? { ...node, commentCount } : node]
}
