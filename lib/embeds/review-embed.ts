/**
 * What every embed of a review shows (the badge, the card, the oEmbed answer): its score and band,
 * the series, and a title and verdict free of spoilers, since the reader's spoiler shield does not
 * reach other sites. Pure: lib/embeds/read.ts loads the review.
 */
import { coveredEpisodesLabel } from '@/lib/review-kinds'
import { hrefForDocument } from '@/lib/routes'
import { type ScoreBand, scoreBand } from '@/lib/score'
import { cleanText, summarize } from '@/lib/seo/clean-text'
import { absoluteUrl } from '@/lib/seo/site-url'
import { type ReviewTexts, spoilerFreeReviewTitle, spoilerFreeReviewVerdict } from '@/lib/spoilers/spoiler-free'

/** The card shows this many aspects at most, so its height is bounded (card-size.ts). */
export const MAX_EMBED_ASPECTS = 6

export interface ReviewEmbed {
  slug: string
  title: string
  seriesTitle: string | null
  /** "Episode 3", "Episodes 1–2"; null for a whole-series review. */
  episodes: string | null
  score: number
  band: ScoreBand
  verdict: string | null
  criticName: string | null
  /** Absolute URL of the critic's page. */
  criticUrl: string | null
  aspects: { name: string; score: number }[]
  siteName: string
  /** Absolute URL of the full review. */
  reviewUrl: string
}

/** What an embed is made from: EMBED_REVIEW_QUERY's result, or the review page's own read. */
export interface EmbeddableReview extends ReviewTexts {
  slug?: string | null
  score?: number | null
  aspects?: readonly { aspect?: string | null; score?: number | null }[] | null
  critic?: { name?: string | null; slug?: string | null } | null
}

export function reviewEmbed(review: EmbeddableReview | null, siteName: string): ReviewEmbed | null {
  // In draft mode the review page's read carries stega marks; nothing marked may leave the site.
  const slug = cleanText(review?.slug)
  const path = hrefForDocument({ _type: 'review', slug })
  if (!review || !slug || !path || typeof review.score !== 'number') return null
  const seriesTitle = cleanText(review.series?.title)
  const criticPath = hrefForDocument({ _type: 'critic', slug: cleanText(review.critic?.slug) })
  return {
    slug,
    title: cleanText(spoilerFreeReviewTitle(review)) ?? seriesTitle ?? 'Review',
    seriesTitle,
    episodes: coveredEpisodesLabel(review),
    score: review.score,
    band: scoreBand(review.score),
    verdict: summarize(spoilerFreeReviewVerdict(review), 140),
    criticName: cleanText(review.critic?.name),
    criticUrl: criticPath ? absoluteUrl(criticPath) : null,
    aspects: (review.aspects ?? [])
      .flatMap(({ aspect, score }) => {
        const name = cleanText(aspect)
        return name && typeof score === 'number' ? [{ name, score }] : []
      })
      .slice(0, MAX_EMBED_ASPECTS),
    siteName,
    reviewUrl: absoluteUrl(path),
  }
}
