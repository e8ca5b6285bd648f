import { contentReadUntagged } from '@/lib/content/fetch'
import { idsReadOnceQuiet } from '@/lib/content/draft-reads'
import { DRAFTS_AMONG_QUERY } from '@/lib/content/preview-queries'

/** The Studio's own link to a document's editor. */
function studioEditPath(id: string, type: string): string {
  return `/studio/intent/edit/id=${encodeURIComponent(id)};type=${encodeURIComponent(type)}/`
}

/** Draft mode: the drafts among the documents this page shows, each linked to its editor in the Studio. */
export async function DraftDocumentsOnPage() {
  const ids = await idsReadOnceQuiet()
  if (ids.length === 0) return null
  const drafts = await contentReadUntagged({ query: DRAFTS_AMONG_QUERY, params: { ids }, perspective: 'drafts' })
  if (drafts.length === 0) return <p>No document on this page has unpublished changes.</p>
  return (
    <p>
      Drafts on this page:{' '}
      {drafts.map((draft, index) => (
        <span key={draft._id}>
          {index > 0 ? ', ' : null}
          <a className="underline underline-offset-4" href={studioEditPath(draft._id, draft._type)}>
            {draft.title}
          </a>
        </span>
      ))}
    </p>
  )
}
