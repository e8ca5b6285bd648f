import 'server-only'

import { reviewAudienceSubject } from './audience'
import { readAudienceSummaries } from './read'
import type { AudienceSummary, SubjectId } from './types'

type ReviewedSubject = Parameters<typeof reviewAudienceSubject>[0]

/** The readers' scores of the series and episodes a page shows as cards, read in one go. */
export async function readCardAudiences(
  subjects: ReadonlyArray<SubjectId | null | undefined>,
): Promise<(subject: SubjectId | null | undefined) => AudienceSummary | null> {
  const wanted = [...new Set(subjects.filter((subject): subject is SubjectId => Boolean(subject)))]
  const summaries = wanted.length > 0 ? await readAudienceSummaries(wanted) : new Map<SubjectId, AudienceSummary>()
  return (subject) => (subject ? (summaries.get(subject) ?? null) : null)
}

/** The same for critics' review cards: each shows the readers' score of what it reviews. */
export async function readReviewCardAudiences(
  reviews: ReadonlyArray<ReviewedSubject>,
): Promise<(review: ReviewedSubject) => AudienceSummary | null> {
  const audienceOf = await readCardAudiences(reviews.map(reviewAudienceSubject))
  return (review) => audienceOf(reviewAudienceSubject(review))
}
