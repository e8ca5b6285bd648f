/**
 * A review's title and verdict as any reader may see them, whatever they have watched: for places
 * the spoiler shield does not reach, such as search results and embeds on other sites.
 */
import { coveredEpisodesLabel, reviewKindLabel } from '@/lib/review-kinds'

import { type ReviewScope, reviewRevealsUpTo } from './reveals'

export interface ReviewTexts extends ReviewScope {
  title?: string | null
  titleRevealsUpTo?: number | null
  spoilerFreeTitle?: string | null
  verdict?: string | null
  verdictRevealsUpTo?: number | null
  spoilerFreeVerdict?: string | null
  series?: { title?: string | null; episodeCount?: number | null } | null
}

/** The full title, or its spoiler-free form when it gives an episode away (made up when the editor wrote none). */
export function spoilerFreeReviewTitle(review: ReviewTexts): string | null {
  const revealsUpTo = reviewRevealsUpTo(review.titleRevealsUpTo, review, review.series?.episodeCount)
  if (revealsUpTo === null) return review.title ?? null
  if (review.spoilerFreeTitle) return review.spoilerFreeTitle
  const range = coveredEpisodesLabel(review)?.toLowerCase()
  return [`${reviewKindLabel(review.kind)}: ${review.series?.title ?? ''}`, range].filter(Boolean).join(', ')
}

/** The verdict, or its spoiler-free form when it gives an episode away; null when there is none to show. */
export function spoilerFreeReviewVerdict(review: ReviewTexts): string | null {
  const revealsUpTo = reviewRevealsUpTo(review.verdictRevealsUpTo, review, review.series?.episodeCount)
  if (revealsUpTo === null) return review.verdict ?? null
  return review.spoilerFreeVerdict ?? null
}
