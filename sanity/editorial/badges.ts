import type { DocumentBadgeComponent, DocumentBadgeDescription } from 'sanity'
import { documentFindings, type DocumentVersions, type EditorialCheck } from '@/lib/editorial/status'

const COLOUR: Record<EditorialCheck, DocumentBadgeDescription['color']> = {
  'review-score': 'warning',
  // Readers can open a spoiler that warns about no episode before they have watched it.
  'spoiler-episode': 'danger',
  'stale-draft': 'warning',
  'person-details': 'primary',
}

/** One badge per check, so a document with two problems shows both. */
function badgeFor(check: EditorialCheck): DocumentBadgeComponent {
  const badge: DocumentBadgeComponent = (props) => {
    const finding = documentFindings(props as DocumentVersions, new Date()).find((found) => found.check === check)
    return finding ? { label: finding.label, title: finding.detail, color: COLOUR[check] } : null
  }
  badge.displayName = `EditorialBadge(${check})`
  return badge
}

/** The document-level counterparts of the "Editorial status" tool's lists. */
export const editorialBadges: DocumentBadgeComponent[] = (Object.keys(COLOUR) as EditorialCheck[]).map(badgeFor)
