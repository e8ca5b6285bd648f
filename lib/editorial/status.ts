/**
 * What still needs an editor's attention on one document: the per-document checks behind the
 * Studio's badges. The "Editorial status" tool lists the same conditions across the dataset with
 * the GROQ in status-queries.ts; tests hold the two to the same answers on the bundled dataset.
 * Plain functions over the stored JSON, so the Studio and tests share them without Sanity.
 */

/** How far the average of the aspect scores may sit from the overall score before it looks like a slip. */
export const ASPECT_SCORE_TOLERANCE = 1.5
export const STALE_DRAFT_DAYS = 7

const DAY_MS = 24 * 60 * 60 * 1000

export type EditorialCheck = 'review-score' | 'spoiler-episode' | 'stale-draft' | 'person-details'

export interface Finding {
  check: EditorialCheck
  /** A few words, for a badge. */
  label: string
  /** A sentence saying what to do. */
  detail: string
}

type StoredDocument = { _id: string; _type: string; _updatedAt?: string; [field: string]: unknown }

export function isDraftDocumentId(id: string): boolean {
  return id.startsWith('drafts.')
}

/**
 * The mean of the scored aspects exactly as GROQ's `math::avg(aspects[].score)` gives it: missing
 * scores are skipped, and anything that is not a number makes it null, as does having no scores.
 */
export function aspectAverage(aspects: unknown): number | null {
  if (!Array.isArray(aspects)) return null
  const scores: unknown[] = aspects.map((aspect) => aspect?.score ?? null).filter((score) => score !== null)
  if (scores.length === 0 || !scores.every((score) => typeof score === 'number')) return null
  return (scores as number[]).reduce((sum, score) => sum + score, 0) / scores.length
}

/** An ending explainer explains rather than judges, so it is the one kind allowed no score (the schema agrees). */
export function reviewScoreFinding(review: Record<string, unknown>): Finding | null {
  const { score, kind } = review
  if (typeof score !== 'number') {
    if (kind === 'ending-explained') return null
    return { check: 'review-score', label: 'No score', detail: 'Give the review an overall score from 0 to 10.' }
  }
  const average = aspectAverage(review.aspects)
  if (average === null || Math.abs(average - score) <= ASPECT_SCORE_TOLERANCE) return null
  return {
    check: 'review-score',
    label: 'Scores disagree',
    detail:
      `The aspect scores average ${average.toFixed(1)} but the overall score is ${score.toFixed(1)}: ` + 'check both.',
  }
}

/** Spoiler blocks in a review's body that do not say which episode they spoil. */
export function spoilersWithoutEpisode(body: unknown): number {
  if (!Array.isArray(body)) return 0
  return body.filter((block) => block?._type === 'spoiler' && typeof block.episode !== 'number').length
}

export function spoilerEpisodeFinding(review: Record<string, unknown>): Finding | null {
  const count = spoilersWithoutEpisode(review.body)
  if (count === 0) return null
  return {
    check: 'spoiler-episode',
    label: 'Spoiler without episode',
    detail:
      count === 1
        ? 'A spoiler block does not name the episode it spoils.'
        : `${count} spoiler blocks do not name the episodes they spoil.`,
  }
}

/** The instant before which an untouched draft counts as stale, as an ISO date-time for GROQ. */
export function staleDraftCutoff(now: Date): string {
  return new Date(now.getTime() - STALE_DRAFT_DAYS * DAY_MS).toISOString()
}

export function staleDraftFinding(draft: StoredDocument, now: Date): Finding | null {
  if (!isDraftDocumentId(draft._id) || !draft._updatedAt) return null
  const age = now.getTime() - Date.parse(draft._updatedAt)
  if (!(age > STALE_DRAFT_DAYS * DAY_MS)) return null
  const days = Math.floor(age / DAY_MS)
  return {
    check: 'stale-draft',
    label: `Draft ${days} days old`,
    detail: `Unpublished changes last edited ${days} days ago: publish or discard them.`,
  }
}

export function missingPersonDetails(person: Record<string, unknown>): string[] {
  // In the export format (the bundled dataset) an image names its file in `_sanityAsset` until imported.
  const photo = person.photo as { asset?: unknown; _sanityAsset?: unknown } | undefined
  const missing = photo?.asset || photo?._sanityAsset ? [] : ['photo']
  return typeof person.birthDate === 'string' ? missing : [...missing, 'birth date']
}

export function personDetailsFinding(person: Record<string, unknown>): Finding | null {
  const missing = missingPersonDetails(person)
  if (missing.length === 0) return null
  const what = missing.join(' or ')
  return { check: 'person-details', label: `No ${what}`, detail: `Add the person's ${missing.join(' and ')}.` }
}

/** A document as the Studio holds it: its draft and published versions, either possibly missing. */
export interface DocumentVersions {
  type: string
  draft: StoredDocument | null
  published: StoredDocument | null
}

/**
 * Everything the checks find on one document. Content checks read what the editor is working on
 * (the draft when there is one); the spoiler check reads what readers see (the published version).
 */
export function documentFindings({ type, draft, published }: DocumentVersions, now: Date): Finding[] {
  const current = draft ?? published
  const findings = [
    type === 'review' && current ? reviewScoreFinding(current) : null,
    type === 'review' && published ? spoilerEpisodeFinding(published) : null,
    draft ? staleDraftFinding(draft, now) : null,
    type === 'person' && current ? personDetailsFinding(current) : null,
  ]
  return findings.filter((finding): finding is Finding => finding !== null)
}
